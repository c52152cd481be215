package dev.quizmark.question;

import java.util.List;

/**
 * The type-specific part of a question's review: the prompt as the review shows it, and either the choices
 * (with the student's picks and the right ones) or rows that compare given and expected values.
 */
public record ReviewParts(String promptHtml, List<ChoiceRow> choices, List<Row> rows) {

    /** @param html, feedbackHtml parser-rendered; feedback only for choices the student picked */
    public record ChoiceRow(String html, boolean chosen, boolean correct, String feedbackHtml) {
    }

    /** One compared value; {@code labelHtml} is parser-rendered, {@code label} plain text; {@code ok} null when not given. */
    public record Row(String label, String labelHtml, String given, String expected, Boolean ok) {
    }

    static ReviewParts rows(String promptHtml, List<Row> rows) {
        return new ReviewParts(promptHtml, List.of(), rows);
    }

    /** The single row of a one-value question. */
    static ReviewParts row(String promptHtml, String given, String expected, boolean correct) {
        return rows(promptHtml, List.of(new Row(null, null, given, expected, given.isBlank() ? null : correct)));
    }
}
