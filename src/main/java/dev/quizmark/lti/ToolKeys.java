package dev.quizmark.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.quizmark.app.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Quizmark's own RS256 signing keys, kept in the database so every instance signs with the same key and
 * publishes the same set. The newest key that is not retired signs; rotating makes a new one and retires the
 * others, which stay published in {@code /lti/jwks} for {@code quizmark.lti.key-retention}.
 */
@ApplicationScoped
public class ToolKeys {

    @Inject
    EntityManager em;

    @Inject
    dev.quizmark.app.QuizmarkConfig config;

    /** A stored key as the instructor page lists it. */
    public record KeyInfo(String kid, Instant createdAt, Instant retiredAt) {
        public boolean current() {
            return retiredAt == null;
        }
    }

    /** The key that signs now; the first call on an empty database makes one. */
    public RSAKey signingKey() {
        Optional<RSAKey> current = QuarkusTransaction.joiningExisting().call(this::newestActive);
        return current.orElseGet(() -> QuarkusTransaction.requiringNew().call(() -> {
            // Instances starting together may each make one: harmless, all are published and the newest signs.
            return newestActive().orElseGet(this::create);
        }));
    }

    /** The public keys platforms may check our signatures with: the active ones and those retired recently. */
    public JWKSet publishedKeys(Instant now) {
        signingKey();
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "select private_jwk, retired_at from lti_tool_key where retired_at is null or retired_at > ?1"
                        + " order by created_at desc").setParameter(1, now.minus(config.lti().keyRetention())).getResultList());
        return new JWKSet(rows.stream().map(row -> (com.nimbusds.jose.jwk.JWK) parse((String) row[0]).toPublicJWK()).toList());
    }

    /** Makes a new signing key and retires every other one (still published during the retention). */
    public String rotate(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("update lti_tool_key set retired_at = ?1 where retired_at is null")
                    .setParameter(1, now).executeUpdate();
            return create().getKeyID();
        });
    }

    public List<KeyInfo> keys() {
        List<Object[]> rows = em.createNativeQuery(
                "select kid, created_at, retired_at from lti_tool_key order by created_at desc").getResultList();
        return rows.stream()
                .map(row -> new KeyInfo((String) row[0], SqlValues.instant(row[1]), SqlValues.instant(row[2]))).toList();
    }

    private Optional<RSAKey> newestActive() {
        List<String> rows = em.createNativeQuery(
                "select private_jwk from lti_tool_key where retired_at is null order by created_at desc", String.class)
                .setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(ToolKeys::parse);
    }

    private RSAKey create() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            em.createNativeQuery("insert into lti_tool_key (kid, private_jwk, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, key.getKeyID()).setParameter(2, key.toJSONString())
                    .setParameter(3, Instant.now()).executeUpdate();
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored tool key is not a JWK", e);
        }
    }
}
