package dev.quizmark.lti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth 2 client-credentials access tokens for the platform services (AGS, NRPS), asked for with a client
 * assertion JWT signed by our tool key (RFC 7523), and kept until shortly before they expire.
 */
@ApplicationScoped
public class ServiceTokens {

    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String MEMBERSHIP_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LtiSessions signer;

    @Inject
    PlatformHttp platformHttp;

    private volatile HttpClient http;

    private record Cached(String token, Instant until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public String token(LtiRegistration registration, String scope) throws PlatformCallException {
        String key = registration.id + " " + scope;
        Cached cached = cache.get(key);
        Instant now = Instant.now();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.token();
        }
        String assertion = signer.sign(JOSEObjectType.JWT, new JWTClaimsSet.Builder().issuer(registration.clientId)
                .subject(registration.clientId).audience(registration.tokenUrl).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString()).build());
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + encode(assertion) + "&scope=" + encode(scope);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(registration.tokenUrl))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new PlatformCallException(response.statusCode(), "token endpoint: " + response.statusCode() + " " + brief(response.body()));
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String token = body.path("access_token").asText(null);
            if (token == null) {
                throw new PlatformCallException(502, "token endpoint answered without access_token");
            }
            long seconds = body.path("expires_in").asLong(3600);
            // A minute's margin, so a token never expires on its way to the platform.
            cache.put(key, new Cached(token, now.plusSeconds(Math.max(0, seconds - 60))));
            return token;
        } catch (IOException e) {
            throw new PlatformCallException(502, "token endpoint answered no JSON");
        }
    }

    /** Forgets a token the platform refused (401), so the next call asks for a new one. */
    public void forget(LtiRegistration registration, String scope) {
        cache.remove(registration.id + " " + scope);
    }

    HttpResponse<String> send(HttpRequest request) throws PlatformCallException {
        try {
            if (http == null) {
                http = platformHttp.client(false);
            }
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformCallException(0, "no answer from " + request.uri().getHost() + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallException(0, "interrupted");
        }
    }

    static String brief(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
