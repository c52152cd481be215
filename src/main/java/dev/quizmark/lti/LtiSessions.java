package dev.quizmark.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.quizmark.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed tokens of our own, signed with the tool key: the LTI session (cookie {@code quizmark-lti}), and the
 * one-time ticket a launch page carries when the browser blocks cookies in the platform's iframe (it opens
 * the quiz in a window of its own, where the ticket becomes a session).
 */
@ApplicationScoped
public class LtiSessions {

    public static final String COOKIE = "quizmark-lti";

    private static final JOSEObjectType SESSION_TYPE = new JOSEObjectType("quizmark-lti-session");
    private static final JOSEObjectType TICKET_TYPE = new JOSEObjectType("quizmark-lti-ticket");
    /** A ticket is meant to be used at once, by the click on the launch page. */
    static final Duration TICKET_LIFETIME = Duration.ofMinutes(5);

    @Inject
    ToolKeys keys;

    @Inject
    LaunchStates states;

    @Inject
    dev.quizmark.app.QuizmarkConfig config;

    /**
     * What a session or ticket says: the account, its session version (so signing out and password resets end
     * LTI sessions too), the role in the launching course, the course, and where to go (tickets only).
     */
    public record Session(String username, int sessionVersion, Role role, long contextId, String target) {
    }

    public String session(Session session, Instant now) {
        return sign(SESSION_TYPE, session, now, now.plus(config.session().absoluteLifetime()));
    }

    public String ticket(Session session, Instant now) {
        return sign(TICKET_TYPE, session, now, now.plus(TICKET_LIFETIME));
    }

    public Optional<Session> readSession(String token, Instant now) {
        return read(SESSION_TYPE, token, now).map(this::session);
    }

    /** A ticket's session, without using the ticket up (it stays good for one redemption). */
    public Optional<Session> peekTicket(String token, Instant now) {
        return read(TICKET_TYPE, token, now).map(this::session);
    }

    /** A ticket's session, once: a second use of the same ticket is refused. */
    public Optional<Session> redeemTicket(String token, Instant now) {
        return read(TICKET_TYPE, token, now)
                .filter(claims -> states.firstUse("quizmark:ticket", claims.getJWTID(),
                        claims.getExpirationTime().toInstant(), now))
                .map(this::session);
    }

    private String sign(JOSEObjectType type, Session session, Instant now, Instant expires) {
        return sign(type, new JWTClaimsSet.Builder().subject(session.username()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(expires))
                .claim("sv", session.sessionVersion()).claim("role", session.role().name())
                .claim("ctx", session.contextId()).claim("target", session.target()).build());
    }

    /** Signs claims with the current tool key, typed so that no token of ours passes for another kind. */
    String sign(JOSEObjectType type, JWTClaimsSet claims) {
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign", e);
        }
        return jwt.serialize();
    }

    Optional<JWTClaimsSet> read(JOSEObjectType type, String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !type.equals(jwt.getHeader().getType())) {
                return Optional.empty();
            }
            JWK key = keys.publishedKeys(now).getKeyByKeyId(jwt.getHeader().getKeyID());
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now)
                    ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private Session session(JWTClaimsSet claims) {
        try {
            return new Session(claims.getSubject(), claims.getIntegerClaim("sv"), Role.valueOf(claims.getStringClaim("role")),
                    claims.getLongClaim("ctx"), claims.getStringClaim("target"));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("a token we signed lacks a claim", e);
        }
    }
}
