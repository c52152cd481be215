package dev.quizmark.app;

import jakarta.inject.Inject;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * For a site served over HTTPS, at Quarkus or at a TLS proxy in front of it: marks every cookie a response sets
 * {@code Secure} ({@code quizmark.http.secure-cookies}) and sends {@code Strict-Transport-Security}
 * ({@code quizmark.http.hsts}). Quarkus marks the session cookie Secure only when the request itself arrived
 * over TLS, which it does not behind a proxy. Both are off by default so the quick start works on
 * http://localhost; docs/security.md says how to turn them on.
 */
@ApplicationScoped
public class HttpsOnly {

    /** One year, the usual HSTS lifetime; subdomains are left alone (they may be other people's sites). */
    static final String HSTS = "max-age=31536000";

    @Inject
    QuizmarkConfig config;

    void register(@Observes Filters filters) {
        if (!config.http().secureCookies() && !config.http().hsts()) {
            return;
        }
        // Ahead of the authentication handler (route order -150), which answers the sign-in form post itself.
        filters.register(this::apply, 1000);
    }

    private void apply(RoutingContext context) {
        if (config.http().hsts()) {
            context.response().putHeader("Strict-Transport-Security", HSTS);
        }
        if (config.http().secureCookies()) {
            // Runs just before Vert.x writes the headers, when every handler has added its cookies.
            context.addHeadersEndHandler(ignored -> markSecure(context));
        }
        context.next();
    }

    /** The request's cookie jar also holds the cookies this response sets: those are the changed ones. */
    private static void markSecure(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie instanceof ServerCookie set && set.isChanged()) {
                set.setSecure(true);
            }
        }
    }
}
