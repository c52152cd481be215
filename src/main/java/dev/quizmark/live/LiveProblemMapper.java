package dev.quizmark.live;

import dev.quizmark.account.CurrentAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused live request the resources did not answer themselves: a page saying why, with its 4xx status. */
public class LiveProblemMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(String message, String code);
    }

    @Inject
    CurrentAccount me;

    @ServerExceptionMapper
    public Response map(LiveProblem problem) {
        String message = LiveWords.problem(problem.reason, me.messages(LiveMessages.class));
        return Response.status(problem.reason.status).type(MediaType.TEXT_HTML)
                .entity(Templates.problem(message, problem.reason.name())).build();
    }
}
