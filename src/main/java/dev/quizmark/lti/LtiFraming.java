package dev.quizmark.lti;

import dev.quizmark.app.QuizmarkConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a student who launched from the platform's iframe take the quiz in that iframe. A request that carries an
 * LTI session cookie — which a cross-site frame only sends over HTTPS when the browser keeps third-party (or
 * partitioned) cookies — gets a page the platform may frame ({@code quizmark.lti.frame-ancestors} instead of
 * {@code 'none'}, no {@code X-Frame-Options}); over HTTPS ({@code quizmark.http.secure-cookies}) the CSRF cookie
 * it sets is {@code SameSite=None; Secure; Partitioned} like the LTI session, so the attempt's forms work in the
 * frame. Requests without an LTI session (password sign-ins, visitors) keep {@code frame-ancestors 'none'}.
 */
@ApplicationScoped
public class LtiFraming {

    @Inject
    QuizmarkConfig config;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookie;

    void register(@Observes Filters filters) {
        filters.register(this::apply, 900);
    }

    private void apply(RoutingContext context) {
        if (context.request().getCookie(LtiSessions.COOKIE) != null && !context.request().path().startsWith("/lti/")) {
            context.addHeadersEndHandler(ignored -> frameable(context));
        }
        context.next();
    }

    private void frameable(RoutingContext context) {
        var headers = context.response().headers();
        String policy = headers.get("Content-Security-Policy");
        if (policy != null && policy.contains("frame-ancestors 'none'")) {
            headers.set("Content-Security-Policy",
                    policy.replace("frame-ancestors 'none'", "frame-ancestors 'self' " + config.lti().frameAncestors()));
            headers.remove("X-Frame-Options");
        }
        if (!config.http().secureCookies()) {
            // Plain HTTP (development): the LTI cookie is Lax, so only a same-site frame has it; the CSRF cookie too.
            return;
        }
        Cookie set = context.request().getCookie(csrfCookie);
        if (set instanceof ServerCookie changed && changed.isChanged()) {
            // Set by this response (the jar also holds the request's cookies): send it as a header of our own.
            Cookie csrf = context.response().removeCookie(csrfCookie, false);
            // Vert.x's Cookie has no Partitioned attribute yet, so it is appended to the encoded header.
            headers.add("Set-Cookie", csrf.setSecure(true).setSameSite(CookieSameSite.NONE).encode() + "; Partitioned");
            return;
        }
        // Or set as a header by a JAX-RS response.
        java.util.List<String> cookies = headers.getAll("Set-Cookie");
        if (cookies.stream().anyMatch(c -> c.startsWith(csrfCookie + "=") && !c.contains("Partitioned"))) {
            headers.remove("Set-Cookie");
            for (String cookie : cookies) {
                headers.add("Set-Cookie", !cookie.startsWith(csrfCookie + "=") || cookie.contains("Partitioned") ? cookie
                        : cookie.replaceAll("(?i);\\s*(SameSite=[a-z]+|Secure)(?=;|$)", "") + "; Secure; SameSite=None; Partitioned");
            }
        }
    }
}
