package dev.quizmark.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sends a student whose password an instructor set (new account, roster import, reset) to the password page
 * before anything else, so the one-time password really is used once. The flag comes with the identity,
 * which the session provider rebuilds from the database on every request: no extra query here.
 */
public class PasswordChangeFilter {

    private static final Set<String> ALLOWED = Set.of(PasswordChangeResource.PATH, "/logout", "/login", "/language");

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response requirePasswordChange(ContainerRequestContext request) {
        if (identity.isAnonymous() || !Boolean.TRUE.equals(identity.getAttribute(AccountIdentities.MUST_CHANGE_PASSWORD))) {
            return null;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (ALLOWED.contains(path)) {
            return null;
        }
        return Response.seeOther(URI.create(PasswordChangeResource.PATH)).build();
    }
}
