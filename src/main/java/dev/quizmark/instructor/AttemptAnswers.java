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
            rows.add(new AttemptAnswers(question, r == null ? "" : describe(question, r.answer()),
                    r == null ? null : r.score, r == null ? null : r.maxScore, r == null ? null : r.correct));
        }
        return rows;
    }

    /** Choice ids become choice texts, matching indexes become right sides; typed text stays as typed. */
    static String describe(Question question, List<String> answer) {
        return switch (question.type()) {
            case SINGLE, MULTIPLE -> answer.stream().map(id -> question.choices().stream().filter(c -> c.id().equals(id))
                    .map(c -> plain(c.html())).findFirst().orElse(id)).collect(Collectors.joining("; "));
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < Math.min(answer.size(), question.choices().size()); i++) {
                    pairs.add(plain(question.choices().get(i).html()) + " → " + right(question, answer.get(i)));
                }
                yield String.join("; ", pairs);
            }
            case ORDERING -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < Math.min(answer.size(), question.choices().size()); i++) {
                    items.add(answer.get(i) + ". " + plain(question.choices().get(i).html()));
                }
                yield String.join("; ", items);
            }
            default -> String.join("; ", answer);
        };
    }

    private static String right(Question question, String index) {
        try {
            return question.key().matches().get(Integer.parseInt(index));
        } catch (RuntimeException notAnIndex) {
            return index;
        }
    }

    /** Choice texts are rendered HTML; the table shows them as text (Qute escapes the result). */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
