package dev.quizmark.quiz;

import dev.quizmark.account.Role;
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
import java.util.Locale;

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

    /** Template helpers for showing answer keys. */
    @TemplateExtension
    static class Keys {

        static String typeName(QuestionType type) {
            return type.name().toLowerCase(Locale.ROOT);
        }

        static String rightSide(Question question, int index) {
            return question.key().matches().get(index);
        }

        static String blankAnswers(Question question, int index) {
            return String.join(" | ", question.key().blanks().get(index));
        }

        static String pointsText(Question question) {
            return format(question.points());
        }

        static String maxPointsText(Quiz quiz) {
            return format(quiz.maxPoints());
        }

        static String numericKey(Question question) {
            Question.AnswerKey key = question.key();
            if (key.min() != null) {
                return format(key.min()) + " … " + format(key.max());
            }
            return format(key.numericValue()) + (key.tolerance() > 0 ? " ± " + format(key.tolerance()) : "");
        }

        private static String format(Double value) {
            return value == null ? "" : value % 1 == 0 ? String.valueOf(value.longValue()) : String.valueOf(value);
        }
    }
}
