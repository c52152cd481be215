package dev.quizmark.question;

import dev.quizmark.question.KindSyntax.AnswerList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Any number of right choices in a task list. Response: the picked choice ids, in file order. Partial credit:
 * each right pick earns 1/c of the points, each wrong pick costs 1/w, clamped to 0..1; with weights ({@code %50%})
 * the picked choices' weights add up instead, clamped to 0..1 (Moodle's rule).
 */
public record MultipleChoice(List<Choice> choices) implements ChoiceQuestion {

    public static final KindSyntax SYNTAX = new KindSyntax("multiple", AnswerList.TASK_LIST, List.of(), false,
            source -> new MultipleChoice(ChoiceQuestion.readChoices(source)));

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public String inputType() {
        return "checkbox";
    }

    @Override
    public double fraction(List<String> response) {
        Set<String> picked = new HashSet<>(response);
        if (weighted()) {
            // Moodle's rule for weighted answers: the picked weights add up, clamped to 0..1.
            return Weights.clamp(choices.stream().filter(c -> picked.contains(c.id())).mapToDouble(ChoiceQuestion::weightOf).sum());
        }
        long correct = choices.stream().filter(Choice::correct).count();
        long wrong = choices.size() - correct;
        double score = 0;
        for (Choice choice : choices) {
            if (picked.contains(choice.id())) {
                score += choice.correct() ? 1.0 / correct : -1.0 / wrong;
            }
        }
        return Math.max(0, Math.min(1, score));
    }

    /** Moodle does not estimate guessing on questions with several right answers. */
    @Override
    public Double randomGuessScore() {
        return null;
    }

    @Override
    public List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order) {
        Set<String> picked = new HashSet<>();
        for (String position : form.all(fields.name())) {
            Choice choice = shownAt(position, order);
            if (choice != null) {
                picked.add(choice.id());
            }
        }
        return choices.stream().map(Choice::id).filter(picked::contains).toList();
    }
}
