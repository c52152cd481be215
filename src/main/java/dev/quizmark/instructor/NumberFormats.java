package dev.quizmark.instructor;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Number display on instructor pages. */
@TemplateExtension
final class NumberFormats {

    private NumberFormats() {
    }

    /** A percentage with one decimal. */
    static String pct(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A 0..1 index with two decimals. */
    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String ratio(Double value) {
        return value == null ? "" : ratio(value.doubleValue());
    }
}
