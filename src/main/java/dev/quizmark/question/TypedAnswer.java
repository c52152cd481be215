package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.AnswerCounts.WrongAnswer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A question answered by typing one value into a text field: a short answer or a number. Response: {@code [text]}
 * as typed. Statistics list the commonest wrong answers.
 */
public sealed interface TypedAnswer extends QuestionKind permits ShortAnswer, NumericAnswer {

    @Override
    default List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order) {
        return List.of(form.text(fields.name()));
    }

    @Override
    default AnswerInput input(List<String> response, AnswerFields fields, DisplayOrder order) {
        return new AnswerInput.Text(Responses.first(response));
    }

    @Override
    default String describe(List<String> response) {
        return String.join("; ", response);
    }

    /** Moodle scores guessing on typed answers as 0 (no catch-all answer exists here). */
    @Override
    default Double randomGuessScore() {
        return 0.0;
    }

    /** The typed answer, counted as equal when it normalises alike. */
    @Override
    default List<ResponsePart> analyse(List<String> response) {
        String typed = Responses.first(response);
        return typed.isBlank() ? List.of()
                : List.of(new ResponsePart(AnswerNormalizer.normalize(typed), typed.strip(), fraction(response) >= 1));
    }

    /** The five commonest wrong answers, counted as equal when they normalise alike, shown as first typed. */
    @Override
    default AnswerCounts count(List<GivenAnswer> answers) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (GivenAnswer given : answers) {
            String typed = Responses.first(given.answer());
            if (!Boolean.TRUE.equals(given.correct()) && !typed.isBlank()) {
                String key = AnswerNormalizer.normalize(typed);
                counts.merge(key, 1L, Long::sum);
                shown.putIfAbsent(key, typed.strip());
            }
        }
        return new AnswerCounts(List.of(), counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(e -> new WrongAnswer(shown.get(e.getKey()), e.getValue())).toList());
    }
}
