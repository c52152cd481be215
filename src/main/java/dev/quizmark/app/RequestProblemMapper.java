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
import jakarta.ws.rs.core.UriInfo;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @Inject
    ServerErrorPages serverErrors;

    @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size")
    MemorySize fieldLimit;

    /**
     * The form reader refuses a field above {@code quarkus.http.limits.max-form-attribute-size} with a bare 413: on
     * an attempt page the longest answer is the cause (each may hold 500 characters); elsewhere (a pasted roster, an
     * upload form) the page names both limits. A bare 409 gets the conflict page.
     */
    @ServerExceptionMapper
    public Response tooLarge(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == Response.Status.CONFLICT.getStatusCode()) {
            return conflict(headers);
        }
        if (status != Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode()) {
            return e.getResponse();
        }
        AppMessages m = messages();
        String message = ("/" + uri.getPath().replaceFirst("^/", "")).startsWith("/attempts/") ? m.formTooLarge()
                : m.formTooLargeLimits(Formats.bytes(fieldLimit.asLongValue()), Formats.bytes(serverErrors.limit()));
        return problem(status, "too-large", message, headers);
    }

    /**
     * The form reader reports undecodable bodies with plain runtime exceptions, recognised by where they come
     * from. Any other exception is a bug, not ours to answer: rethrown, it gets Quarkus' logged 500 as before.
     */
    @ServerExceptionMapper
    public Response malformed(RuntimeException e, HttpHeaders headers) {
        if (Arrays.stream(e.getStackTrace()).noneMatch(frame -> frame.getClassName().startsWith(FORM_READER))) {
            if (!DatabaseOutage.causedBy(e) && conflict(e)) {
                return conflict(headers);
            }
            throw e;
        }
        return problem(Response.Status.BAD_REQUEST.getStatusCode(), "malformed-form", messages().formMalformed(), headers);
    }

    /**
     * Two requests changed the same rows at once and the database kept the other one: a unique key taken between
     * the check and the insert, a row changed under an optimistic lock, a serialization failure or deadlock.
     * Nothing of this request was applied; trying again after a reload is the answer (409).
     */
    static boolean conflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && CONFLICT_STATES.contains(String.valueOf(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** unique_violation, serialization_failure, deadlock_detected. */
    private static final java.util.Set<String> CONFLICT_STATES = java.util.Set.of("23505", "40001", "40P01");

    private Response conflict(HttpHeaders headers) {
        AppMessages m = messages();
        return ProblemResponse.of(409, "conflict", m.conflictText(), headers,
                () -> ErrorPages.Templates.error(409, m.conflictTitle(), m.conflictText()));
    }

    private Response problem(int status, String code, String message, HttpHeaders headers) {
        return ProblemResponse.of(status, code, message, headers, () -> Templates.problem(message, code));
    }

    private AppMessages messages() {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(me.getLanguage()));
    }
}
