package dev.quizmark.app;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How numbers, dates and durations read on every page: one helper for Java views and templates (in templates as
 * {@code {points.number}}, {@code {attempt.startedAt.dateTime}} and so on).
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** A date and time in the course's time zone ({@code quizmark.time-zone}): 2026-03-02 11:00; "" for none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    /** Read per call rather than injected: template extensions are static. */
    private static ZoneId zone() {
        return ConfigProvider.getConfig().getValue("quizmark.time-zone", ZoneId.class);
    }

    /** Points and numeric answers without needless decimals: 2, 1.5, 0.333. */
    public static String number(double value) {
        double rounded = Math.round(value * 1000) / 1000.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : number(value.doubleValue());
    }

    /** A percentage with at most one decimal: 80, 66.7. */
    public static String percent(double percent) {
        double rounded = Math.round(percent * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    public static String percent(BigDecimal percent) {
        return percent == null ? "" : percent(percent.doubleValue());
    }

    /** A statistic in percent with one decimal always (mean 90.0, 66.7), so table columns line up. */
    public static String pct(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A 0..1 index with two decimals (facility 0.50). */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public static String ratio(Double value) {
        return value == null ? "" : ratio(value.doubleValue());
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
