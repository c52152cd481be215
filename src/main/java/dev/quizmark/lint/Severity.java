package dev.quizmark.lint;

import java.util.Locale;

/** Errors make {@code ./quizmark lint} fail; warnings only with {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
