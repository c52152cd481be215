package dev.quizmark.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Instructors' account operations: list, create, reset passwords, disable, import rosters. */
@ApplicationScoped
public class AccountAdmin {

    /** A generated password, to be shown once and never stored in clear. */
    public record Issued(long id, String username, String displayName, String group, String password) {
    }

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Transactional
    public List<Account> list(String group) {
        if (group == null) {
            return Account.list("order by username");
        }
        return Account.list("groupName", Sort.by("username"), group);
    }

    @Transactional
    public List<String> groups() {
        return Account.getEntityManager()
                .createQuery("select distinct a.groupName from Account a where a.groupName is not null "
                        + "order by a.groupName", String.class)
                .getResultList();
    }

    @Transactional
    public boolean usernameTaken(String username) {
        return Account.count("username", username) > 0;
    }

    @Transactional
    public Optional<Account> find(long id) {
        return Account.findByIdOptional(id);
    }

    /** Usernames that some client address must currently wait for before signing in, with the wait's end. */
    public Map<String, Instant> signInDelays() {
        return throttle.delayedUsernames(Instant.now());
    }

    /** Creates a student with a password the instructor chose, to be replaced at first sign-in; the form is validated. */
    public Account createStudent(AccountForm form) {
        return create(form, true);
    }

    /** Creates a student who chose their own password (self-registration); the form is validated. */
    public Account registerStudent(AccountForm form) {
        return create(form, false);
    }

    private Account create(AccountForm form, boolean oneTimePassword) {
        String hash = hasher.hash(form.password());
        return QuarkusTransaction.requiringNew().call(() -> persistStudent(form.username(), form.displayName(),
                form.studentNumber(), form.group(), form.email(), hash, oneTimePassword));
    }

    /**
     * Sets a new random password, ends the account's sessions and lifts its sign-in delays; empty when there is
     * no such account.
     */
    public Optional<Issued> resetPassword(long id) {
        String password = PasswordGenerator.generate();
        String hash = hasher.hash(password);
        Optional<Issued> issued = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findByIdOptional(id)
                .map(account -> {
                    account.passwordHash = hash;
                    account.mustChangePassword = true; // one-time: PasswordChangeFilter asks for a new one at sign-in
                    Account.endSessions(account.id);
                    return new Issued(account.id, account.username, account.displayName, account.groupName, password);
                }));
        issued.ifPresent(account -> throttle.lift(account.username()));
        return issued;
    }

    /**
     * Disabling ends the account's sessions at once; enabling lifts its sign-in delays. Sessions from before
     * the account was disabled stay ended: their session version is gone for good.
     */
    public Optional<Account> setEnabled(long id, boolean enabled) {
        Optional<Account> changed = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findByIdOptional(id)
                .map(account -> {
                    account.enabled = enabled;
                    if (!enabled) {
                        Account.endSessions(account.id);
                    }
                    return account;
                }));
        if (enabled) {
            changed.ifPresent(account -> throttle.lift(account.username));
        }
        return changed;
    }

    /** Checks a roster file (all rows or none): its rows to import, or every problem with its line. */
    public RosterCsvImporter.Result checkRoster(byte[] content) {
        return check(content);
    }

    /** The same for roster text pasted into the form. */
    public RosterCsvImporter.Result checkRoster(String content) {
        return QuarkusTransaction.requiringNew().call(() -> RosterCsvImporter.parse(content, this::usernameTakenHere));
    }

    private RosterCsvImporter.Result check(byte[] content) {
        return QuarkusTransaction.requiringNew().call(() -> RosterCsvImporter.parse(content, this::usernameTakenHere));
    }

    private boolean usernameTakenHere(String username) {
        return Account.count("username", username) > 0;
    }

    static Account persistStudent(String username, String displayName, String studentNumber, String group,
            String email, String passwordHash, boolean oneTimePassword) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = passwordHash;
        account.role = Role.STUDENT;
        account.displayName = displayName;
        account.studentNumber = studentNumber;
        account.groupName = group;
        account.email = email;
        // A password the instructor set or generated is one-time: PasswordChangeFilter has the student replace it.
        account.mustChangePassword = oneTimePassword;
        account.persist();
        return account;
    }
}
