package dev.quizmark.lti;

import dev.quizmark.app.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * OIDC login state and nonce (single use, short-lived, in PostgreSQL), and the register of nonces and ticket
 * ids already used, which refuses any second use of one while it could still be accepted.
 */
@ApplicationScoped
public class LaunchStates {

    /** How long a platform has from our login redirect to the launch post. */
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    public record State(String state, String nonce, long registrationId) {
    }

    @Transactional
    public State create(long registrationId, Instant now) {
        State made = new State(random(), random(), registrationId);
        em.createNativeQuery("delete from lti_launch_state where expires_at < ?1").setParameter(1, now).executeUpdate();
        em.createNativeQuery("insert into lti_launch_state (state, nonce, registration_id, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, made.state()).setParameter(2, made.nonce()).setParameter(3, registrationId)
                .setParameter(4, now.plus(STATE_LIFETIME)).executeUpdate();
        return made;
    }

    /** Takes the state out (whoever comes second finds nothing); empty when unknown, used or expired. */
    @Transactional
    public Optional<State> consume(String state, Instant now) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery(
                "select nonce, registration_id, expires_at from lti_launch_state where state = ?1 for update")
                .setParameter(1, state).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int deleted = em.createNativeQuery("delete from lti_launch_state where state = ?1").setParameter(1, state)
                .executeUpdate();
        Object[] row = rows.get(0);
        if (deleted != 1 || !SqlValues.instant(row[2]).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new State(state, (String) row[0], ((Number) row[1]).longValue()));
    }

    /**
     * Records a nonce (or one-time ticket id) of an issuer as used; false when it was used before. Runs in its own
     * transaction, so a refused launch still burns the nonce.
     */
    public boolean firstUse(String issuer, String nonce, Instant expiresAt, Instant now) {
        try {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("delete from lti_used_nonce where expires_at < ?1").setParameter(1, now).executeUpdate();
                // Portable "insert unless present"; two racing first uses meet the primary key and one fails below.
                return em.createNativeQuery("insert into lti_used_nonce (issuer, nonce, expires_at) select ?1, ?2, ?3"
                        + " where not exists (select 1 from lti_used_nonce where issuer = ?1 and nonce = ?2)")
                        .setParameter(1, issuer).setParameter(2, nonce).setParameter(3, expiresAt).executeUpdate() == 1;
            });
        } catch (RuntimeException duplicate) {
            return false;
        }
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
