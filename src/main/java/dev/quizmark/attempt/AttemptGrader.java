package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Grading: one response to one question by its type's rules (docs/quiz-format.md), and a whole attempt at
 * submission. Stateless; the caller's transaction stores what {@link #gradeAttempt} writes.
 */
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

    /**
     * Grades every question of a submitted attempt (unanswered ones get a response row too, so statistics see
     * every question of every attempt) and sets the attempt's points, percent and pass.
     */
    static void gradeAttempt(Attempt attempt, Quiz quiz, Map<String, QuestionResponse> saved, Instant now) {
        double points = 0;
        for (Question question : quiz.questions()) {
            QuestionResponse response = saved.get(question.id());
            if (response == null) {
                response = QuestionResponse.create(attempt.id, question, List.of(), now);
            }
            points += gradeResponse(response, question);
        }
        double max = quiz.maxPoints();
        double percent = max > 0 ? points / max * 100 : 0;
        attempt.scorePoints = decimal(points, 3);
        attempt.maxPoints = decimal(max, 3);
        attempt.scorePercent = decimal(percent, 2);
        attempt.passed = percent + 1e-9 >= quiz.settings().passMark();
    }

    /** Grades and stores one response; returns its points. */
    static double gradeResponse(QuestionResponse response, Question question) {
        QuestionGrade grade = grade(question, response.answer());
        response.score = decimal(grade.points(), 4);
        response.correct = grade.correct();
        return grade.points();
    }

    public static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
