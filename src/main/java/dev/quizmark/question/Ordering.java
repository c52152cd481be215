package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.AnswerInput.OptionView;
import dev.quizmark.question.AnswerInput.SelectView;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.ReviewParts.Row;
import dev.quizmark.quiz.MarkdownRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;

/**
 * Items to put in order, written as a numbered list in the right order and shown scrambled. Response: one value
 * per item in file order, the 1-based position the student gave it ("" if unset). Each item in its place earns
 * its share.
 *
 * @param itemsHtml rendered items in the right order
 */
public record Ordering(List<String> itemsHtml) implements QuestionKind {

    public static final KindSyntax SYNTAX = new KindSyntax("ordering", AnswerList.ORDERED_LIST, List.of(), false,
            Ordering::read);

    static Ordering read(QuestionSource source) {
        if (!(source.answerList() instanceof OrderedList list)) {
            source.problem("ordering question needs its items as a numbered list (1. 2. 3.) in the correct order");
            return new Ordering(List.of());
        }
        List<String> items = new ArrayList<>();
        for (ListItem item : QuestionSource.items(list)) {
            items.add(MarkdownRenderer.inlineHtml(source.rawText(item.getFirstChild())));
        }
        // The shuffle never shows the right order, so two items would always be shown reversed: a free answer.
        if (items.size() < 3) {
            source.problem("ordering question needs at least three items (with two, the shuffled order gives the answer away), found "
                    + items.size());
        }
        return new Ordering(List.copyOf(items));
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public double fraction(List<String> response) {
        return Responses.share(itemsHtml.size(), i -> String.valueOf(i + 1).equals(Responses.at(response, i)));
    }

    @Override
    public List<String> correctResponse() {
        return IntStream.rangeClosed(1, itemsHtml.size()).mapToObj(String::valueOf).toList();
    }

    @Override
    public List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order) {
        int[] shown = order.scrambled(itemsHtml.size());
        List<String> response = new ArrayList<>(Collections.nCopies(shown.length, ""));
        for (int d = 1; d <= shown.length; d++) {
            Integer position = PostedForm.position(form.first(fields.name(d)), shown.length);
            if (position != null) {
                response.set(shown[d - 1], String.valueOf(position));
            }
        }
        return response;
    }

    @Override
    public AnswerInput input(List<String> response, AnswerFields fields, DisplayOrder order) {
        int[] shown = order.scrambled(itemsHtml.size());
        List<SelectView> selects = new ArrayList<>();
        for (int d = 1; d <= shown.length; d++) {
            String given = Responses.at(response, shown[d - 1]);
            List<OptionView> positions = IntStream.rangeClosed(1, shown.length).mapToObj(String::valueOf)
                    .map(p -> new OptionView(p, p, given.equals(p))).toList();
            selects.add(new SelectView(fields.inputId(d), fields.name(d), itemsHtml.get(shown[d - 1]), positions));
        }
        return new AnswerInput.Selects(selects);
    }

    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < itemsHtml.size(); i++) {
            String given = Responses.at(response, i);
            String right = String.valueOf(i + 1);
            rows.add(new Row(null, itemsHtml.get(i), given, right, given.isEmpty() ? null : given.equals(right)));
        }
        return ReviewParts.rows(promptHtml, rows);
    }

    /** "2. first item; 1. second item": the position given to each item. */
    @Override
    public String describe(List<String> response) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < Math.min(response.size(), itemsHtml.size()); i++) {
            items.add(response.get(i) + ". " + Responses.plain(itemsHtml.get(i)));
        }
        return String.join("; ", items);
    }

    /** Moodle's default for types without an estimate of their own. */
    @Override
    public Double randomGuessScore() {
        return 0.0;
    }

    @Override
    public AnswerCounts count(List<GivenAnswer> answers) {
        return AnswerCounts.NONE;
    }
}
