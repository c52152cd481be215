package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.ChoiceCount;
import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.AnswerInput.ChoiceView;
import dev.quizmark.question.ReviewParts.ChoiceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * A question answered by picking from a task list of choices ({@code - [x] right / - [ ] wrong}): single or
 * multiple. Response: the picked choice ids, in file order. Both are written, shown, reviewed and counted alike.
 */
public sealed interface ChoiceQuestion extends QuestionKind permits SingleChoice, MultipleChoice {

    List<Choice> choices();

    /** The attempt page's input for each choice: radio or checkbox. */
    String inputType();

    @Override
    default List<String> correctResponse() {
        return choices().stream().filter(Choice::correct).map(Choice::id).toList();
    }

    @Override
    default AnswerInput input(List<String> response, AnswerFields fields, DisplayOrder order) {
        int[] shown = order.choices(choices().size());
        return new AnswerInput.Choices(IntStream.range(0, shown.length).mapToObj(d -> {
            Choice choice = choices().get(shown[d]);
            return new ChoiceView(fields.inputId(d + 1), fields.name(), inputType(), String.valueOf(d + 1), choice.html(),
                    response.contains(choice.id()));
        }).toList());
    }

    /** The choice shown at a posted display position, or null. */
    default Choice shownAt(String position, DisplayOrder order) {
        int[] shown = order.choices(choices().size());
        Integer picked = PostedForm.position(position, shown.length);
        return picked == null ? null : choices().get(shown[picked - 1]);
    }

    @Override
    default ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        List<ChoiceRow> rows = new ArrayList<>();
        for (int index : order.choices(choices().size())) {
            Choice c = choices().get(index);
            boolean chosen = response.contains(c.id());
            rows.add(new ChoiceRow(c.html(), chosen, c.correct(), chosen && !c.feedbackHtml().isBlank() ? c.feedbackHtml() : null));
        }
        return new ReviewParts(promptHtml, rows, List.of());
    }

    /** Choice ids become choice texts. */
    @Override
    default String describe(List<String> response) {
        return response.stream().map(id -> choices().stream().filter(c -> c.id().equals(id))
                .map(c -> Responses.plain(c.html())).findFirst().orElse(id)).collect(Collectors.joining("; "));
    }

    /** How often each choice was picked. */
    @Override
    default AnswerCounts count(List<GivenAnswer> answers) {
        Map<String, Long> picks = answers.stream().flatMap(a -> a.answer().stream())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        return new AnswerCounts(choices().stream()
                .map(c -> new ChoiceCount(c.html(), c.correct(), picks.getOrDefault(c.id(), 0L))).toList(), List.of());
    }

    /** Picking at random: the mean of the choices' fractions (Moodle: single choice only). */
    @Override
    default Double randomGuessScore() {
        // A single-choice question scores a pick by its weight when the file gives one, else 1 for the right choice.
        return choices().isEmpty() ? null : choices().stream()
                .mapToDouble(c -> c.weight() != null ? c.weight() : c.correct() ? 1 : 0).sum() / choices().size();
    }

    @Override
    default List<ResponsePart> responseParts() {
        return choices().stream().map(c -> new ResponsePart(c.id(), Responses.plain(c.html()), c.correct())).toList();
    }

    /** Each picked choice is its own class. */
    @Override
    default List<ResponsePart> analyse(List<String> response) {
        return responseParts().stream().filter(p -> response.contains(p.code())).toList();
    }


    /**
     * Reads the task list; reports a missing list, choices without text, fewer than two or no right one, and
     * weights that contradict their box ({@code [x]} needs a weight above 0, {@code [ ]} one of 0 or below).
     */
    static List<Choice> readChoices(QuestionSource source) {
        if (!(source.answerList() instanceof BulletList list) || !QuestionSource.isTaskList(list)) {
            source.problem(source.typeName() + " question needs choices as a task list: - [x] right / - [ ] wrong");
            return List.of();
        }
        Pattern taskMarker = Pattern.compile("^\\s*\\[[ xX]\\]\\s*");
        List<Choice> choices = new ArrayList<>();
        for (ListItem item : QuestionSource.items(list)) {
            if (!(item.getFirstChild() instanceof TaskListItemMarker) || !(item.getFirstChild().getNext() instanceof Paragraph p)) {
                source.problem(QuestionSource.startLine(item), "every choice must start with [x] or [ ] and its text");
                continue;
            }
            int line = QuestionSource.startLine(item);
            QuestionSource.Weighted weighted = source.weighted(taskMarker.matcher(source.rawText(p)).replaceFirst(""), line);
            String text = weighted.text();
            if (text.isBlank()) {
                source.problem(line, "choice has no text");
            }
            boolean checked = QuestionSource.isChecked(item);
            if (weighted.weight() != null && checked != weighted.weight() > 0) {
                source.problem(line, checked ? "a right choice [x] needs a weight above 0%" : "a wrong choice [ ] cannot have a weight above 0%: mark it [x]");
            }
            choices.add(new Choice(QuestionSource.choiceId(choices.size()), source.inlineHtml(text), checked,
                    source.itemFeedback(item), weighted.weight()));
        }
        if (choices.size() < 2) {
            source.problem("a choice question needs at least two choices, found " + choices.size());
        }
        if (choices.stream().noneMatch(Choice::correct)) {
            source.problem("no correct choice: mark the right one with - [x]");
        }
        if (choices.stream().anyMatch(c -> c.weight() != null) && choices.stream().anyMatch(c -> c.correct() && c.weight() == null)) {
            source.problem("when one choice has a %weight%, every right choice [x] needs one");
        }
        return List.copyOf(choices);
    }

    /** Whether the choices carry weights ({@code %50%}); then a pick earns its weight instead of the default rule. */
    default boolean weighted() {
        return choices().stream().anyMatch(c -> c.weight() != null);
    }

    /** A choice's weight, 0 for an unweighted wrong choice of a weighted question. */
    static double weightOf(Choice choice) {
        return choice.weight() != null ? choice.weight() : choice.correct() ? 1 : 0;
    }
}
