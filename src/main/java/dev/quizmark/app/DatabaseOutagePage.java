package dev.quizmark.app;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * When the database is away, every request that needs it fails, wherever that happens: while the session is
 * checked (before any resource runs) or inside a resource. Those failures reach Vert.x, where this handler
 * answers them with 503 and {@code Retry-After}: JSON {@code {"error", "code": "database-unavailable"}} for the
 * attempt page's script (which keeps the answer queued and retries), and for pages a localized page saying that
 * saved answers are safe. The page stands alone (no session, no database, no request scope is needed to draw it).
 */
@ApplicationScoped
public class DatabaseOutagePage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutagePage.class);

    static final String CODE = "database-unavailable";
    static final int RETRY_AFTER_SECONDS = 10;

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance outage(String language, int seconds);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().headWritten() || !DatabaseOutage.causedBy(context.failure())) {
            context.next();
            return;
        }
        LOG.warnf("database unavailable: %s %s answered 503 (%s)", context.request().method(), context.request().path(),
                context.failure());
        String language = language(context);
        context.response().setStatusCode(503).putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsJson(context.request().getHeader(HttpHeaders.ACCEPT))) {
            String message = io.quarkus.qute.i18n.MessageBundles.get(AppMessages.class,
                    io.quarkus.qute.i18n.Localized.Literal.of(language)).databaseUnavailableShort();
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                    .end(new JsonObject().put("error", message).put("code", CODE).encode());
            return;
        }
        TemplateInstance page = Templates.outage(language, RETRY_AFTER_SECONDS);
        page.setLocale(Locale.forLanguageTag(language));
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page.render());
    }

    private static String language(RoutingContext context) {
        Cookie cookie = context.request().getCookie(Languages.COOKIE);
        return Languages.resolve(cookie == null ? null : cookie.getValue(), context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The same rule as {@link ProblemResponse}: JSON only when asked for by name. */
    static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        List<String> types = Arrays.stream(accept.split(",")).map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).toList();
        return types.contains(MediaType.APPLICATION_JSON);
    }
}
