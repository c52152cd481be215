package dev.quizmark.instructor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Cell values for CSV exports: text neutralised against spreadsheet formulas, numbers and times as data. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * A text cell. Spreadsheets run cells that start with {@code = + - @}, tab or carriage return as formulas
     * (CSV injection), so such text gets a leading apostrophe, which Excel and LibreOffice show as plain text.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** Numbers are written as numbers (never neutralised): they come from the database, not from people. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String bool(Boolean value) {
        return value == null ? "" : value.toString();
    }

    /**
     * ISO-8601 with the offset of the course time zone and always with seconds, e.g. 2026-11-23T15:04:05+09:00
     * (OffsetDateTime.toString drops ":00" seconds, which gives a column two shapes of time).
     */
    static String time(Timestamp value, ZoneId zone) {
        return value == null ? "" : TIME.format(value.toInstant().atZone(zone));
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
}
