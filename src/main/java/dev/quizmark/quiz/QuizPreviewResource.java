package dev.quizmark.quiz;

import dev.quizmark.account.Role;
import dev.quizmark.lint.Finding;
import dev.quizmark.lint.LintReport;
import dev.quizmark.lint.LintService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
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

/**
 * Instructors' view of the quiz files: every question with its answers, every file problem, and the lint
 * findings (docs/quiz-format.md, "Lint") with the readings' coverage.
 */
@Path("/instructor/preview")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
@Produces(MediaType.TEXT_HTML)
public class QuizPreviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Quiz> quizzes, List<QuizProblem> problems, LintReport lint);

        static native TemplateInstance preview(Quiz quiz, boolean deleted, List<QuizProblem> problems, LintReport lint);
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    LintService lint;

    @GET
    public TemplateInstance index() {
        List<Quiz> quizzes = catalog.openQuizzes();
        return Templates.index(quizzes, catalog.problems(), lint.lint(quizzes));
    }

    @GET
    @Path("{quizId}")
    public TemplateInstance preview(@PathParam("quizId") String quizId) {
        Quiz quiz = catalog.current(quizId).orElseThrow(NotFoundException::new);
        List<QuizProblem> problems = catalog.problems().stream().filter(p -> p.path().equals(quiz.path())).toList();
        return Templates.preview(quiz, catalog.isDeleted(quizId), problems, lint.lint(List.of(quiz)));
    }

    /** Template helpers for the lint findings. */
    @TemplateExtension
    static class LintFindings {

        static List<Finding> findingsOf(LintReport report, Question question) {
            return report.findings().stream().filter(f -> question.id().equals(f.questionId())).toList();
        }
    }
}
