package dev.quizmark.app;

import dev.quizmark.account.CurrentAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Forms that Quarkus REST refuses before any resource sees them get a 4xx that says why, in the visitor's
 * language, instead of an empty answer or a 500: a field or body above the request limits (413) and a body that
 * cannot be decoded (400: a broken %-escape, more fields than {@code quarkus.http.limits.max-parameters}). The
 * attempt page's script asks for JSON and gets {@code {"error": "...", "code": "..."}} like its other refusals.
 */
public class RequestProblemMapper {

    /** Where Quarkus REST decodes form bodies; exceptions thrown from there are the client's malformed input. */
    private static final String FORM_READER = "org.jboss.resteasy.reactive.server.core.multipart.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(String message, String code);
    }

    @Inject
    CurrentAccount me;

    /** The form reader refuses a field above {@code quarkus.http.limits.max-form-attribute-size} with a bare 413. */
    @ServerExceptionMapper
    public Response tooLarge(WebApplicationException e, HttpHeaders headers) {
        if (e.getResponse().getStatus() != Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode()) {
            return e.getResponse();
        }
        return problem(e.getResponse().getStatus(), "too-large", messages().formTooLarge(), headers);
    }

    /**
     * The form reader reports undecodable bodies with plain runtime exceptions, recognised by where they come
     * from. Any other exception is a bug, not ours to answer: rethrown, it gets Quarkus' logged 500 as before.
     */
    @ServerExceptionMapper
    public Response malformed(RuntimeException e, HttpHeaders headers) {
        if (Arrays.stream(e.getStackTrace()).noneMatch(frame -> frame.getClassName().startsWith(FORM_READER))) {
            throw e;
        }
        return problem(Response.Status.BAD_REQUEST.getStatusCode(), "malformed-form", messages().formMalformed(), headers);
    }

    private Response problem(int status, String code, String message, HttpHeaders headers) {
        return ProblemResponse.of(status, code, message, headers, () -> Templates.problem(message, code));
    }

    private AppMessages messages() {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(me.getLanguage()));
    }
}
