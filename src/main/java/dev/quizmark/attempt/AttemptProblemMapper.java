package dev.quizmark.attempt;

import dev.quizmark.account.CurrentAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns a refused request into a clear answer with a 4xx status: JSON for the script (it asks for
 * {@code application/json}), a page saying why, with a way back, for everything else.
 */
public class AttemptProblemMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(String message, String code);
    }

    @Inject
    CurrentAccount me;

    @ServerExceptionMapper
    public Response map(AttemptProblem problem, HttpHeaders headers) {
        String message = problem.message(me.messages(AttemptMessages.class));
        boolean json = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType());
        if (json) {
            return Response.status(problem.reason().status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", message, "code", problem.reason().code())).build();
        }
        return Response.status(problem.reason().status).type(MediaType.TEXT_HTML)
                .entity(Templates.problem(message, problem.reason().code())).build();
    }
}
