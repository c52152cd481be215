package dev.quizmark.instructor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The filter of the result pages and exports as typed (query parameters {@code group}, {@code from}, {@code to}):
 * re-fills the form, builds export links, and becomes an {@link ExportFilter} or a {@link FilterProblem}.
 */
public record FilterForm(String group, String from, String to) {

    /** The query string that repeats this filter, for links. */
    public String query() {
        return "group=" + encode(group) + "&from=" + encode(from) + "&to=" + encode(to);
    }

    /** The filter for one quiz, or for all when {@code quizId} is null or blank. */
    ExportFilter filter(String quizId) {
        return new ExportFilter(blankToNull(quizId), blankToNull(group), date(from, "from"), date(to, "to"));
    }

    /** An option such as {@code policy=best}, case-insensitive; the fallback when not given. */
    static <E extends Enum<E>> E option(Class<E> type, String value, String field, E fallback) {
        if (blankToNull(value) == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FilterProblem(field, value, "unknown value");
        }
    }

    private static LocalDate date(String value, String field) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new FilterProblem(field, value, "expected a date like 2025-10-01");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
