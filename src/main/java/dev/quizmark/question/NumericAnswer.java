package dev.quizmark.question;

import dev.quizmark.app.Formats;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.QuestionSource.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number: {@code Answer: 71.6} with an optional {@code Tolerance: 0.05}, or a range {@code Answer: 249..251}.
 * Response: {@code [text]} as typed, read by {@link AnswerNormalizer#number}.
 */
public record NumericAnswer(Accepted accepted) implements TypedAnswer {

    public static final KindSyntax SYNTAX = new KindSyntax("numeric", AnswerList.NONE, List.of("answer", "tolerance"),
            false, NumericAnswer::read);

    private static final Pattern RANGE = Pattern.compile("^\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*$");

    /** The numbers that count as right. */
    public sealed interface Accepted {
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

    static NumericAnswer read(QuestionSource source) {
        Field answer = source.field("answer");
        if (answer == null) {
            source.problem("numeric question needs Answer: with a number or a range like 10..20");
            return new NumericAnswer(new Exact(0, 0));
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
            return new NumericAnswer(new Range(min, max));
        }
        Double value = number(answer.value());
        if (value == null) {
            source.problem(answer.line(), "expected Answer: to be a number or a range like 10..20, got \"" + answer.value() + "\"");
        }
        return new NumericAnswer(new Exact(value == null ? 0 : value, tolerance));
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

    @Override
    public double fraction(List<String> response) {
        Double value = AnswerNormalizer.number(Responses.first(response));
        return value != null && accepted.contains(value) ? 1 : 0;
    }

    @Override
    public List<String> correctResponse() {
        return List.of(String.valueOf(accepted.example()));
    }

    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        return ReviewParts.row(promptHtml, Responses.first(response), accepted.text(), fraction(response) >= 1);
    }
}
