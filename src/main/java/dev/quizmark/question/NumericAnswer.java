package dev.quizmark.question;

import dev.quizmark.app.Formats;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.QuestionSource.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;

/**
 * A number: {@code Answer: 71.6} with an optional {@code Tolerance: 0.05}, or a range {@code Answer: 249..251}. A
 * bullet list of answers (Moodle's numerical question) gives each its share and feedback: {@code - %50% 1822:5},
 * {@code - 1..5}, {@code - *} (any other number), feedback quoted below; the first that contains the typed number
 * decides. Response: {@code [text]} as typed, read by {@link AnswerNormalizer#number}.
 *
 * @param answers accepted numbers in file order
 */
public record NumericAnswer(List<Graded> answers) implements TypedAnswer {

    public static final KindSyntax SYNTAX = new KindSyntax("numeric", AnswerList.BULLET_LIST, List.of("answer", "tolerance"),
            false, NumericAnswer::read);

    private static final Pattern VALUE_TOLERANCE = Pattern.compile("^\\s*(-?[0-9.eE+-]+)\\s*:\\s*([0-9.eE+-]+)\\s*$");

    /** @param fraction the share of the points it earns, 0..1; {@code feedbackHtml} empty when none */
    public record Graded(Accepted accepted, double fraction, String feedbackHtml) {

        /** Whether it earns less than full marks; {@link #percent} says how much. */
        public boolean partial() {
            return fraction < 1;
        }

        public String percent() {
            return Weights.percent(fraction);
        }
    }

    /** One accepted number or range with full marks ({@code Answer:}). */
    public NumericAnswer(Accepted accepted) {
        this(List.of(new Graded(accepted, 1, "")));
    }

    private static final Pattern RANGE = Pattern.compile("^\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*$");

    /** The numbers that count as right. */
    public sealed interface Accepted permits Exact, Range, Any {
        boolean contains(double value);

        /** A number inside, for a full-marks response. */
        double example();

        /** "71.6 ± 0.05" or "249 – 251". */
        String text();
    }

    /** @param tolerance absolute, 0 when none was given */
    public record Exact(double value, double tolerance) implements Accepted {
        @Override
        public boolean contains(double typed) {
            // A tiny epsilon so that 71.65 typed for 71.6 ± 0.05 is not lost to binary rounding.
            return Math.abs(typed - value) <= tolerance + 1e-9;
        }

        @Override
        public double example() {
            return value;
        }

        @Override
        public String text() {
            return Formats.number(value) + (tolerance > 0 ? " ± " + Formats.number(tolerance) : "");
        }
    }

    public record Range(double min, double max) implements Accepted {
        @Override
        public boolean contains(double typed) {
            return typed >= min && typed <= max;
        }

        @Override
        public double example() {
            return min;
        }

        @Override
        public String text() {
            return Formats.number(min) + " – " + Formats.number(max);
        }
    }

    /** Any number ({@code *}): Moodle's catch-all answer, for feedback on every other number. */
    public record Any() implements Accepted {
        @Override
        public boolean contains(double typed) {
            return true;
        }

        @Override
        public double example() {
            return 0;
        }

        @Override
        public String text() {
            return "*";
        }
    }

    static NumericAnswer read(QuestionSource source) {
        if (source.answerList() instanceof BulletList list) {
            if (source.field("answer") != null || source.field("tolerance") != null) {
                source.problem("give the accepted numbers either as Answer: or as a list, not both");
            }
            return readList(source, list);
        }
        return new NumericAnswer(readField(source));
    }

    private static NumericAnswer readList(QuestionSource source, BulletList list) {
        List<Graded> answers = new ArrayList<>();
        for (ListItem item : QuestionSource.items(list)) {
            int line = QuestionSource.startLine(item);
            QuestionSource.Weighted weighted = source.weighted(source.itemLine(item), line);
            double fraction = weighted.weight() == null ? 1 : weighted.weight();
            if (fraction < 0) {
                source.problem(line, "a numeric answer's weight must be 0% to 100%");
            }
            Accepted accepted = parse(weighted.text().strip());
            if (accepted == null) {
                source.problem(line, "expected a number, number:tolerance, a range min..max or *, got \"" + weighted.text().strip() + "\"");
                continue;
            }
            answers.add(new Graded(accepted, Math.max(0, fraction), source.itemFeedback(item)));
        }
        if (answers.isEmpty()) {
            source.problem("numeric question lists no accepted number");
        } else if (answers.stream().noneMatch(a -> a.fraction() >= 1)) {
            source.problem("no answer earns full marks: give one %100% (or no weight)");
        }
        return new NumericAnswer(List.copyOf(answers));
    }

    /** "71.6", "1822:5", "1..5" or "*"; null when it is none of them. */
    static Accepted parse(String text) {
        if (text.equals("*")) {
            return new Any();
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches() && number(range.group(1)) != null && number(range.group(2)) != null
                && number(range.group(1)) <= number(range.group(2))) {
            return new Range(number(range.group(1)), number(range.group(2)));
        }
        Matcher withTolerance = VALUE_TOLERANCE.matcher(text);
        if (withTolerance.matches()) {
            Double value = number(withTolerance.group(1));
            Double tolerance = number(withTolerance.group(2));
            return value == null || tolerance == null || tolerance < 0 ? null : new Exact(value, tolerance);
        }
        Double value = number(text);
        return value == null ? null : new Exact(value, 0);
    }

    private static Accepted readField(QuestionSource source) {
        Field answer = source.field("answer");
        if (answer == null) {
            source.problem("numeric question needs Answer: with a number or a range like 10..20, or a list of answers");
            return new Exact(0, 0);
        }
        Field toleranceField = source.field("tolerance");
        double tolerance = 0;
        if (toleranceField != null) {
            Double parsed = number(toleranceField.value());
            if (parsed == null) {
                source.problem(toleranceField.line(), "expected Tolerance: to be a number, got \"" + toleranceField.value() + "\"");
            } else if (parsed < 0) {
                source.problem(toleranceField.line(), "Tolerance: must not be below zero, got " + toleranceField.value());
            } else {
                tolerance = parsed;
            }
        }
        Matcher range = RANGE.matcher(answer.value());
        if (range.matches() && number(range.group(1)) != null && number(range.group(2)) != null) {
            double min = number(range.group(1));
            double max = number(range.group(2));
            if (min > max) {
                source.problem(answer.line(), "range " + answer.value() + " starts above its end");
            }
            if (toleranceField != null) {
                source.problem(toleranceField.line(), "Tolerance: does not apply to a range answer");
            }
            return new Range(min, max);
        }
        Double value = number(answer.value());
        if (value == null) {
            source.problem(answer.line(), "expected Answer: to be a number or a range like 10..20, got \"" + answer.value() + "\"");
        }
        return new Exact(value == null ? 0 : value, tolerance);
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(",", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The answer as written in a quiz file, for converters.
     *
     * @param answer    a number or a range {@code min..max}
     * @param tolerance null for none
     */
    public static String markdown(String answer, String tolerance) {
        return "Answer: " + answer + "\n" + (tolerance == null ? "" : "Tolerance: " + tolerance + "\n");
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    /** One answer of the list form ({@code - %50% 1822:5}, feedback quoted below), for converters. */
    public static String markdown(Graded answer, String feedbackMarkdown) {
        String written = "*";
        if (answer.accepted() instanceof Exact e) {
            written = plain(e.value()) + (e.tolerance() > 0 ? ":" + plain(e.tolerance()) : "");
        } else if (answer.accepted() instanceof Range r) {
            written = plain(r.min()) + ".." + plain(r.max());
        }
        String line = "- " + (answer.fraction() >= 1 ? "" : "%" + Weights.percent(answer.fraction()) + "% ") + written + "\n";
        return feedbackMarkdown == null || feedbackMarkdown.isEmpty() ? line : line + "  > " + feedbackMarkdown + "\n";
    }

    /** A number as a quiz file writes it: 5 rather than 5.0, no exponent. */
    public static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** The first answer with full marks: the key the preview, lint and the review show. */
    public Accepted accepted() {
        return answers.stream().filter(a -> a.fraction() >= 1).map(Graded::accepted).findFirst()
                .orElse(answers.isEmpty() ? new Exact(0, 0) : answers.get(0).accepted());
    }

    /** The first answer that contains the typed number, or null. */
    public Graded matching(String typed) {
        Double value = AnswerNormalizer.number(typed);
        return value == null ? null : answers.stream().filter(a -> a.accepted().contains(value)).findFirst().orElse(null);
    }

    @Override
    public double fraction(List<String> response) {
        Graded match = matching(Responses.first(response));
        return match == null ? 0 : match.fraction();
    }

    @Override
    public List<String> correctResponse() {
        return List.of(String.valueOf(accepted().example()));
    }

    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        Graded match = matching(Responses.first(response));
        ReviewParts parts = ReviewParts.row(promptHtml, Responses.first(response), accepted().text(), fraction(response) >= 1);
        return match == null ? parts : parts.withFeedback(match.feedbackHtml());
    }
}
