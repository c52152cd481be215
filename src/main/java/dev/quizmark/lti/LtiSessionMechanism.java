package dev.quizmark.lti;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Signs in the holder of an LTI session cookie ({@link LtiSessions}); without one it steps aside and the
 * password sign-in (form authentication) decides as before. It never challenges: a visitor without any
 * session is sent to the log-in page by the form mechanism.
 */
@ApplicationScoped
public class LtiSessionMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(LtiSessions.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        LtiSessionRequest request = new LtiSessionRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request)
                .onFailure().recoverWithItem(() -> {
                    // An ended or forged LTI session: forget it and carry on as a visitor (or password session).
                    context.response().addCookie(Cookie.cookie(LtiSessions.COOKIE, "").setPath("/").setMaxAge(0));
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(false);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(LtiSessionRequest.class);
    }

    @Override
    public int getPriority() {
        // Before form authentication, which would otherwise answer for a request with no form session.
        return DEFAULT_PRIORITY + 500;
    }
}
