package dev.quizmark.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dates and durations as students read them, in the course's time zone ({@code quizmark.time-zone}). */
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ConfigProperty(name = "quizmark.time-zone")
    ZoneId zone;

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }

    /** "12:05" or "1:02:05": language-neutral and what the countdown script shows too. */
    public static String clock(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** Points without needless decimals: 2, 1.5, 0.333. */
    public static String points(double points) {
        double rounded = Math.round(points * 1000) / 1000.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    public static String percent(double percent) {
        double rounded = Math.round(percent * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
