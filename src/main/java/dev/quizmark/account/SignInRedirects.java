package dev.quizmark.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the browser where a refused sign-in belongs: the page a {@link AuthenticationRedirectException} names
 * ("busy, try again", "wait N seconds"), or the log-in form's error page for a wrong password. Authentication is
 * lazy (application.properties), so under load these refusals can reach the router as failures instead of being
 * answered by the form mechanism; left to the REST layer they became a 500.
 */
@ApplicationScoped
public class SignInRedirects {

    @ConfigProperty(name = "quarkus.http.auth.form.error-page")
    String errorPage;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        String location = locationFor(context.failure());
        if (location == null || context.response().headWritten()) {
            context.next();
            return;
        }
        context.response().setStatusCode(302).putHeader("Location", location).putHeader("Cache-Control", "no-store").end();
    }

    private String locationFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationRedirectException redirect) {
                return redirect.getRedirectUri();
            }
            if (t instanceof AuthenticationFailedException) {
                return errorPage;
            }
        }
        return null;
    }
}
