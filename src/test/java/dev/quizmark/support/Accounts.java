package dev.quizmark.support;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/** Account fixtures: the test profile's instructor and new accounts with known passwords. */
public final class Accounts {

    /** Created at start-up from the test profile (application.properties, %test.quizmark.instructor.*). */
    public static final String INSTRUCTOR = "instructor";
    public static final String INSTRUCTOR_PASSWORD = "instructor-test-password";

    private Accounts() {
    }

    /** A username no other test uses. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The password every account made here gets. */
    public static String passwordOf(String username) {
        return "pw-" + username;
    }

    /** A new account named after its role; returns its username. */
    public static String create(Role role) {
        String username = unique(role == Role.STUDENT ? "st-" : "in-");
        create(username, role, "Student " + username, null);
        return username;
    }

    /** A new student in {@code group} with a student number; the account as stored. */
    public static Account student(String displayName, String group) {
        String username = unique("u-");
        return create(username, Role.STUDENT, displayName, group);
    }

    private static Account create(String username, Role role, String displayName, String group) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.create(username, passwordOf(username), role, displayName);
            if (group != null) {
                account.groupName = group;
                account.studentNumber = "2025" + username.substring(2, 6);
            }
            return account;
        });
    }

    public static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    public static boolean exists(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isPresent());
    }
}
