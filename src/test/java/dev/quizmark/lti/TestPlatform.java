package dev.quizmark.lti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * An LTI 1.3 platform for tests, written with jose4j so that it shares no JWT code with Quizmark (nimbus): it
 * publishes its keys, signs id_tokens, issues service tokens only for client assertions that verify against
 * Quizmark's /lti/jwks, records the scores posted to its line items, and serves a course roster in pages
 * linked by {@code Link: rel="next"}. Its HTTP server runs on the loopback interface.
 */
final class TestPlatform implements AutoCloseable {

    static final String CLIENT_ID = "quizmark-client";
    static final String DEPLOYMENT = "deployment-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final String base;
    /** Each platform its own issuer, so tests sharing one database never meet each other's registrations. */
    final String issuer = "https://platform-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    /** Keys the platform publishes; the first signs. */
    final List<RsaJsonWebKey> published = new CopyOnWriteArrayList<>();
    /** Quizmark's JWKS URL, for checking its client assertions. */
    private final String toolJwksUrl;

    /** The status the scores endpoint answers with (503 plays an outage). */
    volatile int scoreStatus = 200;
    final List<Score> scores = new CopyOnWriteArrayList<>();
    final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> accessTokens = new CopyOnWriteArrayList<>();
    /** Roster pages, each a list of members. */
    volatile List<List<Map<String, Object>>> rosterPages = List.of();

    record Score(String path, String contentType, JsonNode body) {
    }

    /** For browser launches: the claims the platform signs for a login's nonce. */
    volatile java.util.function.Function<String, JwtClaims> browserLaunch;
    /** For browser launches: Quizmark's login URL with the platform's parameters, framed by the course page. */
    volatile String toolLoginUrl;

    TestPlatform(String toolBaseUrl) throws IOException, JoseException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        toolJwksUrl = toolBaseUrl + "/lti/jwks";
        published.add(newKey("p1"));
        server.createContext("/jwks", this::jwks);
        server.createContext("/token", this::token);
        server.createContext("/lineitems", this::lineitems);
        server.createContext("/memberships", this::memberships);
        server.createContext("/auth", this::authorize);
        server.createContext("/course", this::course);
        server.start();
    }

    static RsaJsonWebKey newKey(String kid) throws JoseException {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(kid);
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        return key;
    }

    /** A platform rotation: a new key signs, the old one is no longer published. */
    RsaJsonWebKey rotate(String kid) throws JoseException {
        RsaJsonWebKey key = newKey(kid);
        published.clear();
        published.add(key);
        return key;
    }

    String authUrl() {
        return base + "/auth";
    }

    String tokenUrl() {
        return base + "/token";
    }

    String jwksUrl() {
        return base + "/jwks";
    }

    String lineitemUrl(String context) {
        // Moodle-style line item URL with a query: "/scores" must go before it.
        return base + "/lineitems/" + context + "/lineitem?type_id=7";
    }

    String membershipsUrl() {
        return base + "/memberships";
    }

    /** The claims of a typical student resource-link launch; tests change what they test. */
    JwtClaims launchClaims(String nonce, String sub, String contextId, String resourceLinkId, String quizId,
            List<String> roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(CLIENT_ID);
        claims.setSubject(sub);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setClaim("nonce", nonce);
        claims.setClaim("name", "Student " + sub);
        claims.setClaim("email", sub + "@school.test");
        claims.setClaim(LaunchClaims.VERSION, "1.3.0");
        claims.setClaim(LaunchClaims.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.setClaim(LaunchClaims.DEPLOYMENT_ID, DEPLOYMENT);
        claims.setClaim(LaunchClaims.TARGET_LINK_URI, "http://tool.test/lti/launch");
        claims.setClaim(LaunchClaims.ROLES, roles);
        claims.setClaim(LaunchClaims.CONTEXT, Map.of("id", contextId, "title", "Course " + contextId));
        claims.setClaim(LaunchClaims.RESOURCE_LINK, Map.of("id", resourceLinkId, "title", "Quiz link"));
        if (quizId != null) {
            claims.setClaim(LaunchClaims.CUSTOM, Map.of(LaunchClaims.QUIZ_PARAMETER, quizId));
        }
        claims.setClaim(LaunchClaims.AGS_ENDPOINT, Map.of("scope", List.of(ServiceTokens.SCORE_SCOPE),
                "lineitem", lineitemUrl(contextId), "lineitems", base + "/lineitems/" + contextId));
        claims.setClaim(LaunchClaims.NRPS, Map.of("context_memberships_url", membershipsUrl(),
                "service_versions", List.of("2.0")));
        return claims;
    }

    void deepLinking(JwtClaims claims, String returnUrl) {
        claims.setClaim(LaunchClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.unsetClaim(LaunchClaims.RESOURCE_LINK);
        claims.unsetClaim(LaunchClaims.CUSTOM);
        claims.setClaim(LaunchClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", returnUrl,
                "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe", "window"),
                "data", "opaque-platform-data"));
    }

    /** Signs with the platform's current key (RS256). */
    String sign(JwtClaims claims) throws JoseException {
        return sign(claims, published.get(0), AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    static String sign(JwtClaims claims, RsaJsonWebKey key, String algorithm) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(algorithm);
        return jws.getCompactSerialization();
    }

    /** A JWT verifier for what Quizmark signs, by Quizmark's published keys. */
    JwtConsumer toolConsumer(String audience) throws Exception {
        String body = new String(new java.net.URL(toolJwksUrl).openStream().readAllBytes(), StandardCharsets.UTF_8);
        JsonWebKeySet set = new JsonWebKeySet(body);
        return new JwtConsumerBuilder().setRequireExpirationTime().setAllowedClockSkewInSeconds(30)
                .setExpectedAudience(audience).setVerificationKeyResolver(new JwksVerificationKeyResolver(set.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256).build();
    }

    private void jwks(HttpExchange exchange) throws IOException {
        List<JsonWebKey> keys = new ArrayList<>();
        for (RsaJsonWebKey key : published) {
            keys.add(key);
        }
        respond(exchange, 200, "application/json", new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    /** Client credentials with a JWT client assertion (RFC 7523), checked against Quizmark's JWKS. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            if (!"client_credentials".equals(form.get("grant_type"))
                    || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
                respond(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
                return;
            }
            JwtClaims assertion = toolConsumer(tokenUrl()).processToClaims(form.get("client_assertion"));
            if (!CLIENT_ID.equals(assertion.getIssuer()) || !CLIENT_ID.equals(assertion.getSubject())) {
                respond(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
                return;
            }
        } catch (Exception e) {
            respond(exchange, 401, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"" + e.getClass().getSimpleName() + "\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        accessTokens.add(token);
        tokensIssued.incrementAndGet();
        respond(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("access_token", token,
                "token_type", "Bearer", "expires_in", 3600, "scope", form.getOrDefault("scope", ""))));
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") && accessTokens.contains(header.substring(7));
    }

    private void lineitems(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/lineitem/scores")) {
            respond(exchange, 404, "text/plain", "no such endpoint: " + path);
            return;
        }
        if (!authorized(exchange)) {
            respond(exchange, 401, "text/plain", "bad token");
            return;
        }
        if (scoreStatus != 200) {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, scoreStatus, "text/plain", "platform says " + scoreStatus);
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        scores.add(new Score(path, exchange.getRequestHeaders().getFirst("Content-Type"), body));
        respond(exchange, 204, null, "");
    }

    private void memberships(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            respond(exchange, 401, "text/plain", "bad token");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int page = query != null && query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 0;
        List<List<Map<String, Object>>> pages = rosterPages;
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("id", membershipsUrl());
        container.put("members", page < pages.size() ? pages.get(page) : List.of());
        if (page + 1 < pages.size()) {
            exchange.getResponseHeaders().add("Link", "<" + membershipsUrl() + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        respond(exchange, 200, RosterSync.MEMBERSHIP_MEDIA_TYPE, JSON.writeValueAsString(container));
    }

    /** The course page: the tool in an iframe, as an LMS shows an embedded activity. */
    private void course(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Course</title></head><body>"
                + "<h1>Course page</h1><iframe id=\"tool\" name=\"tool\" width=\"900\" height=\"600\" src=\""
                + toolLoginUrl.replace("&", "&amp;") + "\"></iframe></body></html>");
    }

    /**
     * The OIDC authorization endpoint with response_mode=form_post: answers the tool's login redirect with a page
     * that posts the signed id_token and the state back to the redirect_uri, as platforms do.
     */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        try {
            if (!CLIENT_ID.equals(query.get("client_id")) || !"form_post".equals(query.get("response_mode"))) {
                respond(exchange, 400, "text/plain", "bad authentication request");
                return;
            }
            String idToken = sign(browserLaunch.apply(query.get("nonce")));
            respond(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>"
                    + "<form id=\"f\" method=\"post\" action=\"" + query.get("redirect_uri") + "\">"
                    + "<input type=\"hidden\" name=\"id_token\" value=\"" + idToken + "\">"
                    + "<input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\"></form>"
                    + "<script>document.getElementById('f').submit();</script></body></html>");
        } catch (JoseException e) {
            respond(exchange, 500, "text/plain", e.getMessage());
        }
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).filter(p -> p.contains("=")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), (a, b) -> b));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().add("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    List<Score> scores() {
        return Collections.unmodifiableList(scores);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
