package dev.quizmark.app;

import dev.quizmark.account.Role;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The front page: the open quizzes for visitors; signed-in students go to their own list with status. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Quiz> quizzes);
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        if (identity.hasRole(Role.STUDENT_ROLE)) {
            return Response.seeOther(URI.create("/quizzes")).build();
        }
        return Response.ok(Templates.home(catalog.openQuizzes())).build();
    }
}
