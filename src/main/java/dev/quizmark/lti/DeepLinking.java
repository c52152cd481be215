package dev.quizmark.lti;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.quizmark.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deep linking: the instructor's quiz choice goes back to the platform as a signed LtiDeepLinkingResponse with
 * one ltiResourceLink content item (our custom parameter names the quiz) and a line item, so the platform makes
 * the gradebook column. Between the request and the choice, the request's details travel in a signed one-time
 * ticket in the chooser page, since the platform's iframe may not keep our cookies.
 */
@ApplicationScoped
public class DeepLinking {

    private static final JOSEObjectType REQUEST_TYPE = new JOSEObjectType("quizmark-lti-deep-link");
    private static final Duration REQUEST_LIFETIME = Duration.ofMinutes(30);

    @Inject
    LtiSessions tokens;

    @Inject
    LaunchStates states;

    /** A deep-linking request waiting for the instructor's choice. */
    public record Request(long registrationId, String deploymentId, String returnUrl, String data) {
    }

    public String ticket(LaunchClaims claims, Instant now) {
        return tokens.sign(REQUEST_TYPE, new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(REQUEST_LIFETIME)))
                .claim("reg", claims.registration().id).claim("dep", claims.deploymentId())
                .claim("ret", claims.deepLinkReturnUrl()).claim("data", claims.deepLinkData()).build());
    }

    /** The request, once: a chooser page cannot send two answers. */
    public Optional<Request> redeem(String ticket, Instant now) {
        return tokens.read(REQUEST_TYPE, ticket, now)
                .filter(claims -> states.firstUse("quizmark:deep-link", claims.getJWTID(),
                        claims.getExpirationTime().toInstant(), now))
                .map(claims -> {
                    try {
                        return new Request(claims.getLongClaim("reg"), claims.getStringClaim("dep"),
                                claims.getStringClaim("ret"), claims.getStringClaim("data"));
                    } catch (ParseException e) {
                        throw new IllegalStateException("a ticket we signed lacks a claim", e);
                    }
                });
    }

    /** The signed response JWT that places the quiz in the course. */
    public String response(LtiRegistration registration, Request request, Quiz quiz, String launchUrl, Instant now) {
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", quiz.maxPoints());
        lineItem.put("label", quiz.title());
        lineItem.put("resourceId", quiz.id());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", quiz.title());
        item.put("url", launchUrl);
        item.put("custom", Map.of(LaunchClaims.QUIZ_PARAMETER, quiz.id()));
        item.put("lineItem", lineItem);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(registration.clientId)
                .audience(registration.issuer).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString()).claim("nonce", LaunchStates.random())
                .claim(LaunchClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LaunchClaims.MESSAGE_TYPE, LaunchClaims.DEEP_LINKING_RESPONSE)
                .claim(LaunchClaims.VERSION, "1.3.0")
                .claim(LaunchClaims.DEEP_LINKING_CONTENT_ITEMS, List.of(item));
        if (request.data() != null) {
            claims.claim(LaunchClaims.DEEP_LINKING_DATA, request.data());
        }
        return tokens.sign(JOSEObjectType.JWT, claims.build());
    }
}
