package dev.quizmark.account;

import dev.quizmark.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Instructors' changes to an existing account beyond passwords and disabling: editing its details, deleting
 * (anonymising) it and the admin flag. Each change is audited in its own transaction.
 */
@ApplicationScoped
public class AccountManagement {

    /** What a deleted account's name becomes; its attempts stay under this name. */
    public static final String DELETED_NAME = "deleted student";

    @Inject
    PasswordHasher hasher;

    /** Saves the details; returns the fields that changed (empty: nothing to save). */
    @Transactional
    public List<String> edit(long id, String displayName, String studentNumber, String group, String email, long actorId) {
        Account account = Account.findById(id);
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(account.displayName, displayName)) {
            changed.add("display name '" + account.displayName + "' → '" + displayName + "'");
            account.displayName = displayName;
        }
        if (!Objects.equals(account.studentNumber, studentNumber)) {
            changed.add("student number '" + Objects.toString(account.studentNumber, "") + "' → '" + Objects.toString(studentNumber, "") + "'");
            account.studentNumber = studentNumber;
        }
        if (!Objects.equals(account.groupName, group)) {
            changed.add("group '" + Objects.toString(account.groupName, "") + "' → '" + Objects.toString(group, "") + "'");
            account.groupName = group;
        }
        if (!Objects.equals(account.email, email)) {
            changed.add("email changed");
            account.email = email;
        }
        if (!changed.isEmpty()) {
            AuditEntry.record(actorId, "ACCOUNT_EDITED", id, null, String.join("; ", changed));
        }
        return changed;
    }

    /**
     * Deletes an account by anonymising it: name, number, group and email go, the username becomes
     * {@code deleted-<id>}, the password an unknown random one, sign-in is disabled and every session ends. Attempts
     * and responses stay (under {@link #DELETED_NAME}), so results and statistics keep their counts.
     */
    public Optional<Account> delete(long id, long actorId) {
        String unusable = hasher.hash(PasswordGenerator.generate() + PasswordGenerator.generate());
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Account.<Account>findByIdOptional(id)
                .map(account -> {
                    String was = account.username;
                    account.username = "deleted-" + account.id;
                    account.displayName = DELETED_NAME;
                    account.studentNumber = null;
                    account.groupName = null;
                    account.email = null;
                    account.passwordHash = unusable;
                    account.enabled = false;
                    account.admin = false;
                    account.mustChangePassword = false;
                    account.deletedAt = Instant.now();
                    Account.endSessions(account.id);
                    // The audit keeps who it was, for the instructor who has to answer for it.
                    AuditEntry.record(actorId, "ACCOUNT_DELETED", account.id, null, "was " + was);
                    return account;
                }));
    }

    @Transactional
    public void setAdmin(long id, boolean admin, long actorId) {
        Account account = Account.findById(id);
        account.admin = admin;
        AuditEntry.record(actorId, admin ? "ADMIN_GRANTED" : "ADMIN_REVOKED", id, null, account.username);
    }
}
