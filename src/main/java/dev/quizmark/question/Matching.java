package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.AnswerInput.OptionView;
import dev.quizmark.question.AnswerInput.SelectView;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.ReviewParts.Row;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;

/**
 * Pairs written {@code - left => right}, and extra wrong right sides written {@code - => right} (distractors); each
 * left side is shown with a select of every right side, in an order of their own. Response: one value per left
 * side in file order, the index of the right side picked (pairs first, then distractors; "" if unset). Equal right
 * sides count as the same answer; each right pick earns its share.
 */
public record Matching(List<Pair> pairs, List<String> distractors) implements QuestionKind {

    public static final KindSyntax SYNTAX = new KindSyntax("matching", AnswerList.BULLET_LIST, List.of(), false,
            Matching::read);

    /** @param leftHtml rendered left side; {@code right} is plain text */
    public record Pair(String leftHtml, String right) {
    }

    public Matching(List<Pair> pairs) {
        this(pairs, List.of());
    }

    static Matching read(QuestionSource source) {
        if (!(source.answerList() instanceof BulletList list)) {
            source.problem("matching question needs a list of pairs: - left => right");
            return new Matching(List.of());
        }
        List<Pair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (ListItem item : QuestionSource.items(list)) {
            String text = source.itemLine(item);
            int arrow = text.indexOf("=>");
            if (arrow < 0 || text.substring(arrow + 2).isBlank()) {
                source.problem(QuestionSource.startLine(item), "expected a matching pair like - left => right (or - => right for a "
                        + "wrong right side), got \"" + text + "\"");
                continue;
            }
            String right = text.substring(arrow + 2).strip();
            if (text.substring(0, arrow).isBlank()) {
                distractors.add(right);
            } else {
                pairs.add(new Pair(source.inlineHtml(text.substring(0, arrow).strip()), right));
            }
        }
        if (pairs.size() + distractors.size() < 3 || pairs.size() < 2) {
            source.problem("matching question needs at least three right sides, two of them in pairs (with two, the shuffled "
                    + "order gives the answer away), found " + pairs.size() + " pairs and " + distractors.size() + " wrong right sides");
        }
        return new Matching(List.copyOf(pairs), List.copyOf(distractors));
    }

    /** Every right side offered: the pairs' in file order, then the distractors. */
    public List<String> rights() {
        List<String> rights = new ArrayList<>(pairs.stream().map(Pair::right).toList());
        rights.addAll(distractors);
        return rights;
    }

    /** A pair as written in a quiz file, for converters. */
    public static String markdown(String left, String right) {
        return "- " + left + " => " + right + "\n";
    }

    /** A wrong right side as written in a quiz file, for converters. */
    public static String distractorMarkdown(String right) {
        return "- => " + right + "\n";
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public double fraction(List<String> response) {
        return Responses.share(pairs.size(), i -> right(Responses.at(response, i)).equals(pairs.get(i).right()));
    }

    /** The right side a response value points at, or "" when it points nowhere. */
    private String right(String index) {
        try {
            int picked = Integer.parseInt(index);
            List<String> rights = rights();
            return picked >= 0 && picked < rights.size() ? rights.get(picked) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    @Override
    public List<String> correctResponse() {
        return IntStream.range(0, pairs.size()).mapToObj(String::valueOf).toList();
    }

    @Override
    public List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order) {
        int[] lefts = order.choices(pairs.size());
        int[] rights = order.options(pairs.size() + distractors.size(), lefts);
        List<String> response = new ArrayList<>(Collections.nCopies(lefts.length, ""));
        for (int d = 1; d <= lefts.length; d++) {
            Integer position = PostedForm.position(form.first(fields.name(d)), rights.length);
            if (position != null) {
                response.set(lefts[d - 1], String.valueOf(rights[position - 1]));
            }
        }
        return response;
    }

    @Override
    public AnswerInput input(List<String> response, AnswerFields fields, DisplayOrder order) {
        int[] lefts = order.choices(pairs.size());
        int[] rights = order.options(pairs.size() + distractors.size(), lefts);
        List<String> rightTexts = rights();
        List<SelectView> selects = new ArrayList<>();
        for (int d = 1; d <= lefts.length; d++) {
            String given = Responses.at(response, lefts[d - 1]);
            List<OptionView> options = IntStream.rangeClosed(1, rights.length).mapToObj(p -> new OptionView(
                    String.valueOf(p), rightTexts.get(rights[p - 1]), given.equals(String.valueOf(rights[p - 1])))).toList();
            selects.add(new SelectView(fields.inputId(d), fields.name(d), pairs.get(lefts[d - 1]).leftHtml(), options));
        }
        return new AnswerInput.Selects(selects);
    }

    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            String given = right(Responses.at(response, i));
            Pair pair = pairs.get(i);
            rows.add(new Row(null, pair.leftHtml(), given, pair.right(), given.isEmpty() ? null : given.equals(pair.right())));
        }
        return ReviewParts.rows(promptHtml, rows);
    }

    /** "CUDA → Nvidia; CANN → Huawei": the right side picked for each left side. */
    @Override
    public String describe(List<String> response) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < Math.min(response.size(), pairs.size()); i++) {
            String picked = right(response.get(i));
            described.add(Responses.plain(pairs.get(i).leftHtml()) + " → " + (picked.isEmpty() ? response.get(i) : picked));
        }
        return String.join("; ", described);
    }

    @Override
    public AnswerCounts count(List<GivenAnswer> answers) {
        return AnswerCounts.NONE;
    }
}
