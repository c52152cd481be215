package dev.quizmark.account;

import jakarta.inject.Inject;
import dev.quizmark.app.QuizmarkConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Restores the identity from the encrypted session cookie on every request, and ends the session unless the
 * account is still enabled, its session version is still the one the cookie was issued with (sign-out, a
 * password change or reset and disabling raise it), and the sign-in is younger than the absolute lifetime.
 * The form-auth cookie itself slides forward with use ({@code quarkus.http.auth.form.timeout}); the absolute
 * lifetime ({@code quizmark.session.absolute-lifetime}) bounds how long any sign-in lasts, however busy.
 * The account is read again on every request, so role and name changes take effect at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    QuizmarkConfig config;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/")
    String cookiePath;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<SessionClaim> claim = SessionClaim.decode(request.getPrincipal())
                    .filter(c -> Instant.now().isBefore(c.signedInAt().plus(config.session().absoluteLifetime())));
            Optional<Account> account = claim.flatMap(c -> QuarkusTransaction.requiringNew()
                    .call(() -> Account.findByUsername(c.username()))
                    .filter(found -> found.enabled && found.sessionVersion == c.sessionVersion()));
            if (account.isEmpty()) {
                forgetCookie(HttpSecurityUtils.getRoutingContextAttribute(request));
                throw new AuthenticationFailedException("session ended");
            }
            return AccountIdentities.of(account.get(), claim.get());
        });
    }

    /** Tells the browser to drop the ended session, so that the sign-in page it is sent to loads signed out. */
    private void forgetCookie(RoutingContext http) {
        if (http != null) {
            http.response().addCookie(Cookie.cookie(cookieName, "").setPath(cookiePath).setMaxAge(0));
        }
    }
}
