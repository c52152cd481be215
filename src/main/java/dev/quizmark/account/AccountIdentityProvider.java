package dev.quizmark.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Signs a person in with the log-in form ({@code POST /j_security_check}): checks the form's CSRF token, then
 * the password through the throttle. A wrong password goes to the form's error page like any failure; a
 * refused form, a client that must wait and a saturated server each go back to the log-in page with their own
 * explanation.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    SignInFormGuard formGuard;

    @Inject
    PasswordCheck passwordCheck;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null || !formGuard.accepts(http)) {
            return Uni.createFrom().failure(backToLogin(LoginResource.FORM_REFUSED));
        }
        String password = new String(request.getPassword().getPassword());
        String address = ClientAddress.of(http.request());
        return context.runBlocking(() -> {
            PasswordCheck.Verdict verdict;
            try {
                verdict = passwordCheck.check(request.getUsername(), password, address);
            } catch (PasswordHasher.BusyException busy) {
                throw backToLogin(LoginResource.BUSY);
            }
            if (verdict instanceof PasswordCheck.Accepted accepted) {
                return AccountIdentities.signedIn(accepted.account(), Instant.now());
            }
            if (verdict instanceof PasswordCheck.MustWait mustWait) {
                throw backToLogin(LoginResource.waitQuery(mustWait.remaining()));
            }
            throw new AuthenticationFailedException();
        });
    }

    private static AuthenticationRedirectException backToLogin(String query) {
        return new AuthenticationRedirectException(302, "/login?" + query);
    }
}
