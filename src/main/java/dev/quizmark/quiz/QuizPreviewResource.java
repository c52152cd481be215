package dev.quizmark.quiz;

import dev.quizmark.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Instructors' view of the quiz files: every question with its answers, and every file problem. */
@Path("/instructor/preview")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
@Produces(MediaType.TEXT_HTML)
public class QuizPreviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Quiz> quizzes, List<QuizProblem> problems);

        static native TemplateInstance preview(Quiz quiz, boolean deleted, List<QuizProblem> problems);
    }

    @Inject
    QuizCatalog catalog;

    @GET
    public TemplateInstance index() {
        return Templates.index(catalog.openQuizzes(), catalog.problems());
    }

    @GET
    @Path("{quizId}")
    public TemplateInstance preview(@PathParam("quizId") String quizId) {
        Quiz quiz = catalog.current(quizId).orElseThrow(NotFoundException::new);
        List<QuizProblem> problems = catalog.problems().stream().filter(p -> p.path().equals(quiz.path())).toList();
        return Templates.preview(quiz, catalog.isDeleted(quizId), problems);
    }
}
