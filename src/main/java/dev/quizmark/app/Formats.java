package dev.quizmark.app;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How numbers, dates and durations read on every page: one helper for Java views and templates (in templates as
 * {@code {points.number}}, {@code {attempt.startedAt.dateTime}} and so on).
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    /** A date and time in the course's time zone ({@code quizmark.time-zone}): 2026-03-02 11:00; "" for none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** To the second, for short waits such as a sign-in delay: 2026-03-02 11:00:05. */
    public static String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone()));
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    /** Read per call rather than injected: template extensions are static. */
    private static ZoneId zone() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(QuizmarkConfig.class).timeZone();
    }

    /** Points and numeric answers without needless decimals: 2, 1.5, 0.333. */
    public static String number(double value) {
        double rounded = Math.round(value * 1000) / 1000.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : number(value.doubleValue());
    }

    /** A size limit as people read it, in binary units as Quarkus' settings are: 10 MB, 32 KB, 1.5 MB. */
    public static String bytes(long bytes) {
        long kb = 1024, mb = kb * 1024;
        if (bytes >= mb) {
            return number(bytes / (double) mb) + " MB";
        }
        return bytes >= kb ? number(Math.round(bytes * 10.0 / kb) / 10.0) + " KB" : bytes + " B";
    }

    /** A percentage with at most one decimal: 80, 66.7. */
    public static String percent(double percent) {
        double rounded = Math.round(percent * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    public static String percent(BigDecimal percent) {
        return percent == null ? "" : percent(percent.doubleValue());
    }

    /** What pages show where there is no figure: no score yet, a statistic of nobody. */
    public static final String NO_DATA = "—";

    /** A score as points of the maximum: "7.5 / 12"; "—" without a score. In templates {@code {fmt:score(p, max)}}. */
    @TemplateExtension(namespace = "fmt")
    public static String score(Number points, Number max) {
        return points == null || max == null ? NO_DATA : number(points.doubleValue()) + " / " + number(max.doubleValue());
    }

    /** A percentage with its sign and at most one decimal: "62.5 %"; "—" for none. {@code {fmt:percentText(p)}}. */
    @TemplateExtension(namespace = "fmt")
    public static String percentText(Number percent) {
        return percent == null ? NO_DATA : percent(percent.doubleValue()) + " %";
    }

    /** A 0..1 index with two decimals (facility 0.50); "—" when undefined. {@code {fmt:ratioText(r)}}. */
    @TemplateExtension(namespace = "fmt")
    public static String ratioText(Number value) {
        return value == null ? NO_DATA : String.format(Locale.ROOT, "%.2f", value.doubleValue());
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
