package dev.quizmark.quiz;

/**
 * A reading passage students read beside a quiz (a Markdown file under quizzes/readings/).
 *
 * @param path     relative to the quizzes folder, e.g. {@code readings/deepseek-r2-delay.md}
 * @param bodyHtml rendered body (raw HTML escaped by the renderer)
 * @param bodyText the Markdown body as written, for checking Source: quotes
 */
public record ReadingPassage(String path, String title, String subtitle, String outlet, String author, String date,
        String url, String attribution, String bodyHtml, String bodyText) {
}
