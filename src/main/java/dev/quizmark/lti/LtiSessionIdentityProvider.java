package dev.quizmark.lti;

import dev.quizmark.account.Account;
import dev.quizmark.account.AccountIdentities;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Accepts an LTI session while its signature and lifetime hold, the account is enabled, its session version is
 * the one the launch saw (signing out ends it) and the course is still approved. The role is the launch's role
 * in that course.
 */
@ApplicationScoped
public class LtiSessionIdentityProvider implements IdentityProvider<LtiSessionRequest> {

    @Inject
    LtiSessions sessions;

    /** Whether the identity came from a platform launch (rather than a password sign-in). */
    public static boolean isLtiSession(io.quarkus.security.identity.SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.getPrincipal().getName().startsWith(PRINCIPAL_PREFIX);
    }

    static final String PRINCIPAL_PREFIX = "lti:";

    @Override
    public Class<LtiSessionRequest> getRequestType() {
        return LtiSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(LtiSessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
            LtiSessions.Session session = sessions.readSession(request.token(), Instant.now())
                    .orElseThrow(() -> new AuthenticationFailedException("LTI session invalid or expired"));
            Account account = Account.findByUsername(session.username())
                    .filter(found -> found.enabled && found.sessionVersion == session.sessionVersion())
                    .orElseThrow(() -> new AuthenticationFailedException("LTI session ended"));
            LtiContext course = LtiContext.<LtiContext>findByIdOptional(session.contextId())
                    .filter(found -> found.approved)
                    .orElseThrow(() -> new AuthenticationFailedException("course no longer approved"));
            return AccountIdentities.launched(account, session.role(), new QuarkusPrincipal(PRINCIPAL_PREFIX + course.id + ":" + account.username));
        }));
    }
}
