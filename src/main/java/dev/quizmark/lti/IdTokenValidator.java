package dev.quizmark.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Checks a launch's id_token against the registration the login state belongs to, every check the LTI 1.3
 * security framework asks for: RS256 only (never "none" or an HMAC algorithm, whose key a forger would pick),
 * the signature by the platform's key with the token's kid, iss, aud and azp, exp and iat within a small
 * leeway, the nonce of this login and never seen before, a known deployment, version 1.3.0 and a message
 * type we handle.
 */
@ApplicationScoped
public class IdTokenValidator {

    private static final List<String> MESSAGE_TYPES = List.of(LaunchClaims.RESOURCE_LINK_REQUEST,
            LaunchClaims.DEEP_LINKING_REQUEST);

    @Inject
    PlatformKeys platformKeys;

    @Inject
    LaunchStates states;

    @Inject
    dev.quizmark.app.QuizmarkConfig config;

    public LaunchClaims validate(String idToken, LtiRegistration registration, String expectedNonce, Instant now)
            throws LaunchProblem {
        Duration leeway = config.lti().clockLeeway();
        if (idToken == null || idToken.isBlank()) {
            throw token("no id_token");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(idToken);
        } catch (ParseException e) {
            // Also an unsigned token: a JWS header with "alg": "none" does not parse as a signed JWT.
            throw token("not a signed JWT: " + e.getMessage());
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw token("algorithm " + jwt.getHeader().getAlgorithm() + " is not RS256");
        }
        RSAKey key = platformKeys.key(registration.jwksUrl, jwt.getHeader().getKeyID())
                .orElseThrow(() -> token("no platform key with kid " + jwt.getHeader().getKeyID()));
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw token("bad signature");
            }
        } catch (JOSEException e) {
            throw token("signature not checkable: " + e.getMessage());
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw token("claims unreadable");
        }
        if (!registration.issuer.equals(claims.getIssuer())) {
            throw token("iss " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(registration.clientId)) {
            throw token("aud " + audience);
        }
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !registration.clientId.equals(azp)) {
            throw token("azp " + azp);
        }
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || !exp.toInstant().plus(leeway).isAfter(now)) {
            throw token("expired at " + exp);
        }
        if (iat == null || iat.toInstant().minus(leeway).isAfter(now)) {
            throw token("issued in the future: " + iat);
        }
        Object nonce = claims.getClaim("nonce");
        if (nonce == null || !nonce.equals(expectedNonce)) {
            throw token("nonce does not belong to this login");
        }
        if (!states.firstUse(registration.issuer, expectedNonce, exp.toInstant().plus(leeway), now)) {
            throw token("nonce replayed");
        }
        LaunchClaims launch;
        try {
            if (!"1.3.0".equals(claims.getStringClaim(LaunchClaims.VERSION))) {
                throw token("version " + claims.getClaim(LaunchClaims.VERSION));
            }
            launch = LaunchClaims.of(registration, claims);
        } catch (ParseException e) {
            throw token("malformed claim: " + e.getMessage());
        }
        String deploymentId = launch.deploymentId();
        if (!io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> registration.knowsDeployment(deploymentId))) {
            throw token("unknown deployment " + launch.deploymentId());
        }
        if (!MESSAGE_TYPES.contains(launch.messageType())) {
            throw token("message type " + launch.messageType());
        }
        if (launch.sub() == null || launch.sub().isBlank()) {
            throw token("anonymous launch (no sub)");
        }
        if (launch.contextId() == null) {
            throw token("no context");
        }
        if (launch.messageType().equals(LaunchClaims.RESOURCE_LINK_REQUEST) && launch.resourceLinkId() == null) {
            throw token("resource link launch without resource_link.id");
        }
        if (launch.deepLinking() && launch.deepLinkReturnUrl() == null) {
            throw token("deep linking request without deep_link_return_url");
        }
        return launch;
    }

    private static LaunchProblem token(String detail) {
        return new LaunchProblem(LaunchProblem.Kind.TOKEN, detail);
    }
}
