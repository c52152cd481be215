package dev.quizmark.quiz;

import dev.quizmark.question.QuestionKind;

/**
 * One question of a quiz. HTML fields are rendered from the instructor's Markdown (raw HTML escaped). The
 * {@link #kind()} holds the type and its answer key; it, {@link #explanationHtml()} and {@link #sourceQuote()} are
 * answer material: they must never reach a student before grading.
 *
 * @param title      heading text
 * @param promptHtml rendered prompt; empty when the prompt holds answers (cloze: the kind has it, cut at the blanks)
 * @param reading    the reading passage the question names, or null for the quiz's first ({@link Quiz#readingOf})
 * @param line       1-based line of the heading in the file
 * @param liveTime   time to answer it in live mode ({@code live_time=}), null = the quiz's
 */
public record Question(
        String id,
        String title,
        String promptHtml,
        double points,
        String difficulty,
        String topic,
        QuestionKind kind,
        String explanationHtml,
        String sourceQuote,
        String reading,
        int line,
        java.time.Duration liveTime) {
}
