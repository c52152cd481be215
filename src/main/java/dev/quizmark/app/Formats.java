package dev.quizmark.app;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;

/** How numbers and durations read on every page; in templates as {@code {value.number}} and so on. */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    /** Points and numeric answers without needless decimals: 2, 1.5, 0.333. */
    public static String number(double value) {
        double rounded = Math.round(value * 1000) / 1000.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** A percentage with at most one decimal: 80, 66.7. */
    public static String percent(double percent) {
        double rounded = Math.round(percent * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** "12:05" or "1:02:05": language-neutral and what the countdown script shows too. */
    public static String clock(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
