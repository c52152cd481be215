package dev.quizmark.quiz.exchange;

import java.util.List;

/**
 * One question as a question bank (GIFT, Moodle XML) holds it, in Moodle's terms, before it becomes quiz Markdown.
 *
 * @param line, endLine lines of the source file it was read from (1-based)
 * @param name          the question's name, or null
 * @param category      the category it was filed under, or null
 * @param idNumber      Moodle's idnumber (Quizmark writes the question id there), or null
 */
public record ExchangeQuestion(int line, int endLine, String name, String category, FormattedText prompt,
        FormattedText generalFeedback, Body body, String idNumber) {

    public ExchangeQuestion(int line, int endLine, String name, String category, FormattedText prompt,
            FormattedText generalFeedback, Body body) {
        this(line, endLine, name, category, prompt, generalFeedback, body, null);
    }

    /** The answers, by type. */
    public sealed interface Body permits Choices, TrueFalse, ShortAnswers, Numeric, Match, Ordering {
    }

    /** Moodle's multichoice: {@code single} one pick (each answer's fraction is what the pick earns), else several. */
    public record Choices(boolean single, List<Answer> answers) implements Body {
    }

    /** @param fraction -1..1, 1 = 100 % */
    public record Answer(FormattedText text, double fraction, FormattedText feedback) {
    }

    public record TrueFalse(boolean answer, FormattedText feedbackTrue, FormattedText feedbackFalse) implements Body {
    }

    /** Moodle's shortanswer: answers with {@code *} wildcards, first match decides. */
    public record ShortAnswers(List<TypedAnswer> answers) implements Body {
    }

    public record TypedAnswer(String text, double fraction, FormattedText feedback) {
    }

    /** Moodle's numerical: each answer a value ({@code null} for Moodle's {@code *}, any other number) ± tolerance. */
    public record Numeric(List<NumberAnswer> answers) implements Body {
    }

    public record NumberAnswer(Double value, double tolerance, double fraction, FormattedText feedback) {
    }

    /** Moodle's match: a pair with an empty left side is a wrong right side (a distractor). */
    public record Match(List<Pair> pairs) implements Body {
    }

    public record Pair(FormattedText left, String right) {
    }

    /** qtype_ordering: items in the right order. */
    public record Ordering(List<FormattedText> items) implements Body {
    }
}
