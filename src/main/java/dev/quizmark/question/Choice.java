package dev.quizmark.question;

/**
 * A choice of a single- or multiple-choice question.
 *
 * @param id           stable within the question: "a", "b", … in file order
 * @param html         rendered choice text
 * @param feedbackHtml feedback shown in the review when the student picked it, or empty
 * @param weight       the share of the points picking it earns (-1..1) when the file gives one ({@code %50%}), else
 *                     null and the type's default rule applies
 */
public record Choice(String id, String html, boolean correct, String feedbackHtml, Double weight) {

    public Choice(String id, String html, boolean correct, String feedbackHtml) {
        this(id, html, correct, feedbackHtml, null);
    }

    /** A choice as written in a quiz file ({@code - [x] text}, feedback as a quote below it), for converters. */
    public static String markdown(boolean correct, String text, String feedback) {
        return markdown(correct, null, text, feedback);
    }

    /** The same with a weight (a fraction, written as a percentage), or null for none. */
    public static String markdown(boolean correct, Double weight, String text, String feedback) {
        String line = "- [" + (correct ? 'x' : ' ') + "] " + (weight == null ? "" : "%" + Weights.percent(weight) + "% ")
                + text + "\n";
        return feedback == null || feedback.isEmpty() ? line : line + "  > " + feedback + "\n";
    }
}
