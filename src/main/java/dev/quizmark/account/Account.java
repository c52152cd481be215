package dev.quizmark.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Optional;

/** A person who signs in: a student or an instructor. */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(generator = "account_seq")
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "student_number")
    public String studentNumber;

    @Column(name = "group_name")
    public String groupName;

    public String email;

    public boolean enabled = true;

    /** Set when an instructor chose the password (new, imported or reset account): the student must replace it. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    /**
     * Written into every session cookie at sign-in and compared on every request; raising it ends all sessions
     * issued before (sign-out, password change or reset, disabling). It only ever grows, so re-enabling an
     * account cannot bring an old cookie back.
     */
    @Column(name = "session_version", nullable = false)
    public int sessionVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** An instructor with the admin flag may disable, reset, edit or delete other instructors and grant the flag. */
    public boolean admin;

    /** Set when the account was deleted: it is anonymised and disabled, its attempts stay for the statistics. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    /**
     * Whether {@code actor} may change this account (edit, reset, disable, delete): students' accounts, their own,
     * and with the admin flag other instructors' too.
     */
    public boolean manageableBy(Account actor) {
        return role == Role.STUDENT || actor.admin || actor.id.equals(id);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * Creates an account in the caller's transaction, hashing the password there: for start-up and tests only.
     * Request paths hash with {@link PasswordHasher} before their transaction starts.
     */
    public static Account create(String username, String password, Role role, String displayName) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.role = role;
        account.displayName = displayName;
        account.persist();
        return account;
    }

    /** Ends every session of the account: one atomic update, safe against concurrent sign-outs. */
    public static void endSessions(long id) {
        update("sessionVersion = sessionVersion + 1 where id = ?1", id);
    }
}
