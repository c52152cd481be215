package dev.quizmark.lti;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' public keys, fetched from each registration's JWKS URL and kept in memory. A token signed with a
 * key we do not have (the platform rotated) makes us fetch the set once more; a kid still unknown after that is
 * refused, so a forged kid costs at most one fetch.
 */
@ApplicationScoped
public class PlatformKeys {

    @jakarta.inject.Inject
    PlatformHttp platformHttp;

    private volatile HttpClient http;

    private final Map<String, JWKSet> cache = new ConcurrentHashMap<>();

    /** The platform's RSA key with this kid, or empty when the platform does not publish one. */
    public Optional<RSAKey> key(String jwksUrl, String kid) throws LaunchProblem {
        JWKSet known = cache.get(jwksUrl);
        Optional<RSAKey> found = known == null ? Optional.empty() : select(known, kid);
        if (found.isPresent()) {
            return found;
        }
        JWKSet fetched = fetch(jwksUrl);
        cache.put(jwksUrl, fetched);
        return select(fetched, kid);
    }

    private static Optional<RSAKey> select(JWKSet set, String kid) {
        JWK key = kid == null ? (set.getKeys().size() == 1 ? set.getKeys().get(0) : null) : set.getKeyByKeyId(kid);
        return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }

    private JWKSet fetch(String jwksUrl) throws LaunchProblem {
        try {
            if (http == null) {
                http = platformHttp.client(true);
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(jwksUrl))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LaunchProblem(LaunchProblem.Kind.PLATFORM_KEYS, "JWKS answered " + response.statusCode());
            }
            return JWKSet.parse(response.body());
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new LaunchProblem(LaunchProblem.Kind.PLATFORM_KEYS, "JWKS unreadable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchProblem(LaunchProblem.Kind.PLATFORM_KEYS, "interrupted");
        }
    }
}
