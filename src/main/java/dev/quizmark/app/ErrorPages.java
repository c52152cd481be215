package dev.quizmark.app;

import dev.quizmark.account.CurrentAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A page in the app's layout and the visitor's language for "not found" and "not yours to see", instead of
 * Quarkus' bare 403 and English "Resource not found"; JSON for the attempt page's script (see
 * {@link ProblemResponse}). A database that is away gets its 503 from {@link DatabaseOutagePage}.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String text);
    }

    @Inject
    CurrentAccount me;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        AppMessages m = me.messages(AppMessages.class);
        return page(404, "not-found", m.notFoundTitle(), m.notFoundText(), headers);
    }

    @ServerExceptionMapper({ io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class })
    public Response forbidden(RuntimeException e, HttpHeaders headers) {
        AppMessages m = me.messages(AppMessages.class);
        return page(403, "forbidden", m.forbiddenTitle(), m.forbiddenText(), headers);
    }

    private static Response page(int status, String code, String title, String text, HttpHeaders headers) {
        return ProblemResponse.of(status, code, text, headers, () -> Templates.error(status, title, text));
    }
}
