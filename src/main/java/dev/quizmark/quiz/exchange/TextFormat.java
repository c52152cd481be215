package dev.quizmark.quiz.exchange;

import java.util.Locale;

/** The text formats of Moodle (GIFT {@code [name]} tags, Moodle XML {@code format="name"}), with Moodle's codes. */
public enum TextFormat {
    MOODLE(0), HTML(1), PLAIN(2), MARKDOWN(4);

    public final int code;

    TextFormat(int code) {
        this.code = code;
    }

    /** The format a GIFT tag or XML attribute names, or null when it names none. */
    public static TextFormat named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "moodle_auto_format", "moodle" -> MOODLE;
            case "html" -> HTML;
            case "plain_text", "plain" -> PLAIN;
            case "markdown" -> MARKDOWN;
            default -> null;
        };
    }

    public String giftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String xmlName() {
        return switch (this) {
            case MOODLE -> "moodle_auto_format";
            case HTML -> "html";
            case PLAIN -> "plain_text";
            case MARKDOWN -> "markdown";
        };
    }
}
