package dev.quizmark.instructor;

import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One row per question of an attempt, with the stored answer put in words an instructor can check. */
public record AttemptAnswers(Question question, String answer, BigDecimal score, BigDecimal maxScore, Boolean correct) {

    static List<AttemptAnswers> of(Quiz quiz, List<QuestionResponse> responses) {
        Map<String, QuestionResponse> byQuestion = responses.stream()
                .collect(Collectors.toMap(r -> r.questionId, Function.identity()));
        List<AttemptAnswers> rows = new ArrayList<>();
        for (Question question : quiz.questions()) {
            QuestionResponse r = byQuestion.get(question.id());
            rows.add(new AttemptAnswers(question, r == null ? "" : question.kind().describe(r.answer()),
                    r == null ? null : r.score, r == null ? null : r.maxScore, r == null ? null : r.correct));
        }
        return rows;
    }
}
