package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Form fields that answer a quiz the way a student would on the page: positions in the attempt's display order. */
final class Forms {

    private Forms() {
    }

    static AttemptLayout layout(Quiz quiz, long attemptId) {
        long seed = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId).seed);
        return new AttemptLayout(quiz, seed);
    }

    /** Every question of the quiz answered correctly (all on one form, as with page_size 0). */
    static Map<String, Object> correct(AttemptLayout layout) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> present = new ArrayList<>();
        for (Question q : layout.quiz().questions()) {
            present.add(q.id());
            fields.putAll(correct(layout, q));
        }
        fields.put("present", present);
        return fields;
    }

    static Map<String, Object> correct(AttemptLayout layout, Question q) {
        Map<String, Object> fields = new LinkedHashMap<>();
        int[] order = q.choices().isEmpty() ? new int[0] : layout.choiceOrder(q);
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                List<String> positions = new ArrayList<>();
                for (int d = 0; d < order.length; d++) {
                    if (q.choices().get(order[d]).correct()) {
                        positions.add(String.valueOf(d + 1));
                    }
                }
                fields.put(ResponseForm.field(q), positions);
            }
            case TRUE_FALSE -> fields.put(ResponseForm.field(q), String.valueOf(q.key().trueFalse()));
            case SHORT -> fields.put(ResponseForm.field(q), q.key().accepted().get(0));
            case NUMERIC -> fields.put(ResponseForm.field(q), q.key().numericValue() != null
                    ? String.valueOf(q.key().numericValue()) : String.valueOf(q.key().min()));
            case ORDERING -> {
                for (int d = 1; d <= order.length; d++) {
                    fields.put(ResponseForm.field(q, d), String.valueOf(order[d - 1] + 1));
                }
            }
            case MATCHING -> {
                int[] right = layout.matchOrder(q);
                for (int d = 1; d <= order.length; d++) {
                    String wanted = q.key().matches().get(order[d - 1]);
                    for (int p = 1; p <= right.length; p++) {
                        if (q.key().matches().get(right[p - 1]).equals(wanted)) {
                            fields.put(ResponseForm.field(q, d), String.valueOf(p));
                            break;
                        }
                    }
                }
            }
            case CLOZE -> {
                for (int b = 1; b <= q.key().blanks().size(); b++) {
                    fields.put(ResponseForm.field(q, b), q.key().blanks().get(b - 1).get(0));
                }
            }
            default -> throw new IllegalArgumentException();
        }
        return fields;
    }
}
