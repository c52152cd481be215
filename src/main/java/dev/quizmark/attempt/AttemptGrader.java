package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import java.util.List;

/** Grades one response to one question by its type's rules (docs/quiz-format.md). Pure and stateless. */
public final class AttemptGrader {

    public record QuestionGrade(double points, boolean correct) {
    }

    private AttemptGrader() {
    }

    public static QuestionGrade grade(Question question, List<String> response) {
        double fraction = fraction(question, response);
        return new QuestionGrade(fraction * question.points(), fraction >= 1.0);
    }

    /** The share of the question's points earned, 0 to 1; a missing response earns nothing. */
    public static double fraction(Question question, List<String> response) {
        return question.kind().fraction(response == null ? List.of() : response);
    }

    /** A response that earns full marks. */
    public static List<String> correctResponse(Question question) {
        return question.kind().correctResponse();
    }
}
