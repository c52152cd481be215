package dev.quizmark.question;

/**
 * A choice of a single- or multiple-choice question.
 *
 * @param id           stable within the question: "a", "b", … in file order
 * @param html         rendered choice text
 * @param feedbackHtml feedback shown in the review when the student picked it, or empty
 */
public record Choice(String id, String html, boolean correct, String feedbackHtml) {

    /** A choice as written in a quiz file ({@code - [x] text}, feedback as a quote below it), for converters. */
    public static String markdown(boolean correct, String text, String feedback) {
        String line = "- [" + (correct ? 'x' : ' ') + "] " + text + "\n";
        return feedback == null || feedback.isEmpty() ? line : line + "  > " + feedback + "\n";
    }
}
