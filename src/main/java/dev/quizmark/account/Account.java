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

    @Column(name = "failed_logins")
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static Account create(String username, String password, Role role, String displayName) {
        Account account = new Account();
        account.username = username;
        account.setPassword(password);
        account.role = role;
        account.displayName = displayName;
        account.persist();
        return account;
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
