package dev.quizmark.attempt;

import dev.quizmark.question.AnswerFields;
import dev.quizmark.question.AnswerInput;
import dev.quizmark.question.AnswerInput.BlankPart;
import dev.quizmark.question.AnswerInput.ChoiceView;
import dev.quizmark.question.AnswerInput.OptionView;
import dev.quizmark.question.AnswerInput.SelectView;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Form fields that answer a quiz the way a student would on the page: what the attempt page shows for the
 * correct response (positions in the attempt's display order), posted as a browser posts it.
 */
public final class Forms {

    private Forms() {
    }

    static AttemptLayout layout(Quiz quiz, long attemptId) {
        long seed = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId).seed);
        return new AttemptLayout(quiz, seed);
    }

    /** Every question of an attempt's quiz answered correctly, for tests outside this package. */
    public static Map<String, Object> correctAnswers(Quiz quiz, long attemptId) {
        return correct(layout(quiz, attemptId));
    }

    /** Every question of the quiz answered correctly (all on one form, as with page_size 0). */
    static Map<String, Object> correct(AttemptLayout layout) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> present = new ArrayList<>();
        for (Question q : layout.quiz().questions()) {
            present.add(q.id());
            fields.putAll(correct(layout, q));
        }
        fields.put(AnswerFields.PRESENT, present);
        return fields;
    }

    static Map<String, Object> correct(AttemptLayout layout, Question q) {
        AnswerFields names = new AnswerFields(q.id());
        AnswerInput input = q.kind().input(AttemptGrader.correctResponse(q), names, layout.order(q));
        return posted(input, names);
    }

    /** The fields a browser posts for a filled-in input: ticked boxes, selected options, typed text. */
    private static Map<String, Object> posted(AnswerInput input, AnswerFields names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (input instanceof AnswerInput.Choices choices) {
            fields.put(names.name(), choices.choices().stream().filter(ChoiceView::checked).map(ChoiceView::value).toList());
        } else if (input instanceof AnswerInput.Text text) {
            fields.put(names.name(), text.value());
        } else if (input instanceof AnswerInput.Selects selects) {
            for (SelectView select : selects.selects()) {
                select.options().stream().filter(OptionView::selected).findFirst()
                        .ifPresent(option -> fields.put(select.name(), option.value()));
            }
        } else if (input instanceof AnswerInput.Blanks blanks) {
            blanks.parts().stream().filter(BlankPart::hasBlank).forEach(part -> fields.put(part.name(), part.value()));
        } else {
            throw new AssertionError("no form fields for " + input);
        }
        return fields;
    }
}
