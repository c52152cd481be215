package dev.quizmark.quiz;

import java.util.List;

/**
 * One question of a quiz. HTML fields are rendered from the instructor's Markdown (raw HTML escaped).
 * Everything under {@link #key()}, {@link #explanationHtml()}, {@link #sourceQuote()} and the choices'
 * {@code correct}/{@code feedbackHtml} is answer material: it must never reach a student before grading.
 *
 * @param title      heading text
 * @param promptHtml rendered prompt; for CLOZE the prompt is in {@link #clozeSegmentsHtml()} instead
 * @param choices    SINGLE/MULTIPLE: the choices; ORDERING: items in correct order; MATCHING: the left
 *                   sides in file order (the right sides are in {@link AnswerKey#matches()})
 * @param clozeSegmentsHtml CLOZE: HTML segments around the blanks (blanks + 1 segments), otherwise empty
 * @param reading    reading passage path of the source quote, or null
 * @param line       1-based line of the heading in the file
 */
public record Question(
        String id,
        QuestionType type,
        String title,
        String promptHtml,
        List<String> clozeSegmentsHtml,
        double points,
        String difficulty,
        String topic,
        List<Choice> choices,
        AnswerKey key,
        String explanationHtml,
        String sourceQuote,
        String reading,
        int line) {

    /**
     * @param id           stable within the question: "a", "b", … in file order
     * @param html         rendered choice text (or ordering item / matching left side)
     * @param correct      SINGLE/MULTIPLE only
     * @param feedbackHtml per-choice feedback or empty
     */
    public record Choice(String id, String html, boolean correct, String feedbackHtml) {
    }

    /**
     * The grading key. Only the fields for the question's type are set; the rest are empty/null.
     *
     * @param trueFalse      TRUE_FALSE
     * @param accepted       SHORT: accepted answers as written
     * @param regex          SHORT: optional extra pattern, or null
     * @param numericValue   NUMERIC with tolerance, or null when a range is used
     * @param tolerance      NUMERIC: absolute tolerance (0 when absent)
     * @param min            NUMERIC range lower bound, or null
     * @param max            NUMERIC range upper bound, or null
     * @param matches        MATCHING: right side for each left side, aligned with choices
     * @param blanks         CLOZE: accepted answers per blank
     */
    public record AnswerKey(
            Boolean trueFalse,
            List<String> accepted,
            String regex,
            Double numericValue,
            double tolerance,
            Double min,
            Double max,
            List<String> matches,
            List<List<String>> blanks) {
    }
}
