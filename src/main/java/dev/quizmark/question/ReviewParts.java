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

    /**
     * One compared value; {@code labelHtml} is parser-rendered, {@code label} plain text; {@code ok} null when not
     * given; {@code feedbackHtml} (parser-rendered, or null) is the feedback the file gives for the given value.
     */
    public record Row(String label, String labelHtml, String given, String expected, Boolean ok, String feedbackHtml) {

        public Row(String label, String labelHtml, String given, String expected, Boolean ok) {
            this(label, labelHtml, given, expected, ok, null);
        }
    }

    static ReviewParts rows(String promptHtml, List<Row> rows) {
        return new ReviewParts(promptHtml, List.of(), rows);
    }

    /** The single row of a one-value question. */
    static ReviewParts row(String promptHtml, String given, String expected, boolean correct) {
        return rows(promptHtml, List.of(new Row(null, null, given, expected, given.isBlank() ? null : correct)));
    }

    /** The same parts with feedback on the first row (the feedback of a typed or picked value). */
    ReviewParts withFeedback(String feedbackHtml) {
        if (rows.isEmpty() || feedbackHtml == null || feedbackHtml.isBlank()) {
            return this;
        }
        Row first = rows.get(0);
        List<Row> changed = new java.util.ArrayList<>(rows);
        changed.set(0, new Row(first.label(), first.labelHtml(), first.given(), first.expected(), first.ok(), feedbackHtml));
        return new ReviewParts(promptHtml, choices, List.copyOf(changed));
    }
}
