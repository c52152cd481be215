package dev.quizmark.attempt;

import dev.quizmark.account.CurrentAccount;
import dev.quizmark.app.ProblemResponse;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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
        return ProblemResponse.of(problem.reason().status, problem.reason().code(), message, headers,
                () -> Templates.problem(message, problem.reason().code()));
    }
}
