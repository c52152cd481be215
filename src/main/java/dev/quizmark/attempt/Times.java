package dev.quizmark.attempt;

import jakarta.enterprise.context.ApplicationScoped;
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
}
