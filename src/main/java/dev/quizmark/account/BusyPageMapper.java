package dev.quizmark.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a form that needed a password hash while too many were running (registration, password change,
 * account creation, reset, roster import) with a 503 page that says so and, after Retry-After, goes back to
 * the page the form came from. Nothing was saved. The log-in form has its own notice on the log-in page.
 */
public class BusyPageMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance busy(long seconds, String retry);
    }

    @ServerExceptionMapper
    public Response busy(PasswordHasher.BusyException busy, HttpHeaders headers) {
        long seconds = busy.retryAfter().toSeconds();
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML)
                .header("Retry-After", seconds).header("Cache-Control", "no-store")
                .entity(Templates.busy(seconds, formPage(headers.getHeaderString("Referer")))).build();
    }

    /** The path and query of the page that sent the form, never another site; the front page when unknown. */
    static String formPage(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
