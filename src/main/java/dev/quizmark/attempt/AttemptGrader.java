package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
     * Grades every question of a submitted attempt and sets the attempt's points, percent and pass. Returns a
     * row for every question (unanswered ones too, so statistics see every question of every attempt) for
     * {@link ResponseWriter#saveGrades} to store in one statement.
     */
    static List<ResponseWriter.Row> gradeAttempt(Attempt attempt, Quiz quiz, Map<String, QuestionResponse> saved) {
        double points = 0;
        List<ResponseWriter.Row> rows = new ArrayList<>();
        for (Question question : quiz.questions()) {
            QuestionResponse response = saved.get(question.id());
            List<String> answer = response == null ? List.of() : response.answer();
            QuestionGrade grade = grade(question, answer);
            rows.add(new ResponseWriter.Row(question.id(), response == null ? Answers.encode(answer) : response.answerJson,
                    decimal(question.points(), 4), decimal(grade.points(), 4), grade.correct()));
            points += grade.points();
        }
        double max = quiz.maxPoints();
        double percent = max > 0 ? points / max * 100 : 0;
        attempt.scorePoints = decimal(points, 3);
        attempt.maxPoints = decimal(max, 3);
        attempt.scorePercent = decimal(percent, 2);
        attempt.passed = percent + 1e-9 >= quiz.settings().passMark();
        return rows;
    }

    public static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
