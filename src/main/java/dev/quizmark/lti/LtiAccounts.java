package dev.quizmark.lti;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Platform users as Quizmark accounts: (issuer, sub) is the person; the first launch or roster sync creates the
 * account, later ones keep its name and email up to date. These accounts have no password anyone knows: they
 * sign in through their platform only (until an instructor resets a password for them).
 */
@ApplicationScoped
public class LtiAccounts {

    @Inject
    EntityManager em;

    private volatile String unusableHash;

    /** The account of (issuer, sub), created or updated; call in a transaction. */
    public Account link(String issuer, String sub, String name, String email, boolean teaches) {
        List<Long> linked = em.createNativeQuery("select account_id from lti_user where issuer = ?1 and sub = ?2", Long.class)
                .setParameter(1, issuer).setParameter(2, sub).getResultList();
        Account account = linked.isEmpty() ? null : Account.findById(linked.get(0));
        if (account == null) {
            account = new Account();
            account.username = username(issuer, sub);
            account.passwordHash = unusableHash();
            account.role = Role.STUDENT;
            account.displayName = name == null || name.isBlank() ? account.username : name;
            account.email = email;
            account.persist();
            em.createNativeQuery("insert into lti_user (issuer, sub, account_id, created_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, issuer).setParameter(2, sub).setParameter(3, account.id)
                    .setParameter(4, Instant.now()).executeUpdate();
        } else {
            if (name != null && !name.isBlank()) {
                account.displayName = name;
            }
            if (email != null && !email.isBlank()) {
                account.email = email;
            }
        }
        if (teaches) {
            // Only launches and rosters of approved contexts (this course) get here, so this is this course's role.
            account.role = Role.INSTRUCTOR;
        }
        return account;
    }

    /** The platform's id (sub) of an account for an issuer, for score posting. */
    public String sub(String issuer, long accountId) {
        List<String> subs = em.createNativeQuery("select sub from lti_user where issuer = ?1 and account_id = ?2", String.class)
                .setParameter(1, issuer).setParameter(2, accountId).getResultList();
        return subs.isEmpty() ? null : subs.get(0);
    }

    public void addMember(long contextId, long accountId, boolean teaches) {
        int updated = em.createNativeQuery("update lti_membership set instructor = ?3 where context_id = ?1 and account_id = ?2")
                .setParameter(1, contextId).setParameter(2, accountId).setParameter(3, teaches).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into lti_membership (context_id, account_id, instructor) values (?1, ?2, ?3)")
                    .setParameter(1, contextId).setParameter(2, accountId).setParameter(3, teaches).executeUpdate();
        }
    }

    /** {@code lti-} and 16 hex digits of SHA-256(issuer, sub): stable, short, and says nothing about the person. */
    static String username(String issuer, String sub) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "\n" + sub).getBytes(StandardCharsets.UTF_8));
            return "lti-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bcrypt hash of a random password nobody keeps: the password form can never sign into these accounts. */
    private String unusableHash() {
        if (unusableHash == null) {
            unusableHash = BcryptUtil.bcryptHash(LaunchStates.random());
        }
        return unusableHash;
    }
}
