package dev.quizmark.quiz.exchange;

import dev.quizmark.quiz.MarkdownRenderer;
import dev.quizmark.quiz.SafeHtml;

/** A text of an exchange format with the format it is written in. */
public record FormattedText(String text, TextFormat format) {

    public static FormattedText empty(TextFormat format) {
        return new FormattedText("", format);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /**
     * The text as sanitized HTML, the way Moodle shows it: HTML cleaned, Moodle's auto-format with its line breaks,
     * plain text escaped, Markdown rendered.
     */
    public String html() {
        return switch (format) {
            case HTML -> SafeHtml.clean(text);
            case MOODLE -> SafeHtml.clean(text.replace("\r\n", "\n").replace("\n", "<br>"));
            case PLAIN -> SafeHtml.fromPlain(text);
            case MARKDOWN -> SafeHtml.clean(MarkdownRenderer.html(text));
        };
    }
}
