package dev.quizmark.app;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The answers Vert.x gives before or after Quarkus REST, in the visitor's language instead of Quarkus' bare ones:
 * <ul>
 * <li><b>500</b>: a bug (an exception nothing else answered, wherever it was thrown). Logged with an error id that
 * the page shows, so a student can quote it; the page says what is safe and what to do.</li>
 * <li><b>413</b> for a body above {@code quarkus.http.limits.max-body-size} (a roster or question bank upload):
 * Quarkus would close the connection with an empty answer before any resource runs. This route runs just before
 * Quarkus' own check, reads and discards the body (a browser shows no answer to an upload it could not finish
 * sending) and answers with a page that names the limit.</li>
 * </ul>
 * Both pages stand alone like the database outage page ({@link DatabaseOutagePage}): no session, request scope
 * or database is needed to draw them. JSON {@code {"error", "code"}} for clients that ask for it by name.
 */
@ApplicationScoped
public class ServerErrorPages {

    private static final Logger LOG = Logger.getLogger(ServerErrorPages.class);

    /** Just before Quarkus' own body size check ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    static final int UPLOAD_LIMIT_ORDER = -3;

    /** Bodies up to this many times the limit are read to the end (and dropped) so the browser sees the page. */
    private static final long DRAIN_FACTOR = 4;

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance standalone(String language, int status, String code, String title, String text,
                String errorId);
    }

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Router router) {
        router.route().order(UPLOAD_LIMIT_ORDER).handler(this::limitBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    long limit() {
        return maxBodySize.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    }

    private void limitBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        long length = contentLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (length <= limit()) {
            context.next();
            return;
        }
        boolean drain = length <= DRAIN_FACTOR * limit() && !"100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))
                && !request.isEnded();
        if (!drain) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            tooLarge(context);
            return;
        }
        request.handler(ignored -> {
        });
        request.endHandler(ended -> tooLarge(context));
        request.exceptionHandler(broken -> context.response().reset());
        request.resume();
    }

    private void tooLarge(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        String language = language(context);
        AppMessages m = messages(language);
        String limit = Formats.bytes(limit());
        answer(context, 413, "too-large", m.uploadTooLargeTitle(), m.uploadTooLarge(limit), null, language);
    }

    private void failed(RoutingContext context) {
        Throwable failure = context.failure();
        int status = context.statusCode();
        if (context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        if (status == 413) {
            tooLarge(context);
            return;
        }
        if (failure == null || (status != -1 && status != 500) || DatabaseOutage.causedBy(failure) || security(failure)) {
            context.next();
            return;
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "error %s: %s %s answered 500", id, context.request().method(), context.request().path());
        String language = language(context);
        AppMessages m = messages(language);
        context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        answer(context, 500, "server-error", m.serverErrorTitle(), m.serverErrorText(), id, language);
    }

    /** Sign-in redirects, refusals and challenges are Quarkus Security's to answer, never a 500 page. */
    private static boolean security(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.quarkus.security.") || name.startsWith("io.quarkus.vertx.http.runtime.security.")) {
                return true;
            }
        }
        return false;
    }

    private void answer(RoutingContext context, int status, String code, String title, String text, String errorId,
            String language) {
        context.response().setStatusCode(status);
        if (DatabaseOutagePage.wantsJson(context.request().getHeader(HttpHeaders.ACCEPT))) {
            JsonObject json = new JsonObject().put("error", text).put("code", code);
            if (errorId != null) {
                json.put("id", errorId);
            }
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON).end(json.encode());
            return;
        }
        TemplateInstance page = Templates.standalone(language, status, code, title, text, errorId);
        page.setLocale(Locale.forLanguageTag(language));
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page.render());
    }

    private static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static AppMessages messages(String language) {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(language));
    }

    private static String language(RoutingContext context) {
        Cookie cookie = context.request().getCookie(Languages.COOKIE);
        return Languages.resolve(cookie == null ? null : cookie.getValue(), context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
