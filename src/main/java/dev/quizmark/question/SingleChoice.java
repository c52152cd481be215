package dev.quizmark.question;

import dev.quizmark.question.KindSyntax.AnswerList;
import java.util.List;

/**
 * One right choice in a task list ({@code - [x]}). Response: {@code [choiceId]}. With weights ({@code %50%}) a
 * pick earns its choice's weight, and several choices may earn full marks.
 */
public record SingleChoice(List<Choice> choices) implements ChoiceQuestion {

    public static final KindSyntax SYNTAX = new KindSyntax("single", AnswerList.TASK_LIST, List.of(), false,
            SingleChoice::read);

    static SingleChoice read(QuestionSource source) {
        List<Choice> choices = ChoiceQuestion.readChoices(source);
        long correct = choices.stream().filter(Choice::correct).count();
        // Several right answers are fine when each says what it earns (Moodle's single choice with two =).
        if (correct > 1 && choices.stream().anyMatch(c -> c.correct() && c.weight() == null)) {
            source.problem("single-choice question has " + correct + " correct choices: mark exactly one, or use type=multiple");
        }
        return new SingleChoice(choices);
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public String inputType() {
        return "radio";
    }

    /** One pick: the right choice that earns the most (with weights, several may be right). */
    @Override
    public List<String> correctResponse() {
        double best = choices.stream().filter(Choice::correct).mapToDouble(ChoiceQuestion::weightOf).max().orElse(0);
        return choices.stream().filter(c -> c.correct() && ChoiceQuestion.weightOf(c) == best).findFirst()
                .map(c -> List.of(c.id())).orElse(List.of());
    }

    @Override
    public double fraction(List<String> response) {
        if (response.size() != 1) {
            return 0;
        }
        return choices.stream().filter(c -> c.id().equals(response.get(0))).findFirst()
                .map(c -> Weights.clamp(ChoiceQuestion.weightOf(c))).orElse(0.0);
    }

    @Override
    public List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order) {
        Choice picked = shownAt(form.first(fields.name()), order);
        return picked == null ? List.of() : List.of(picked.id());
    }
}
