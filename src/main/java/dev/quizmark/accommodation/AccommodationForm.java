package dev.quizmark.accommodation;

import dev.quizmark.account.Account;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The posted accommodation form, read and checked. Problems are message keys of {@link AccommodationMessages}
 * (one per field), so the page says what is wrong in the reader's language.
 */
public record AccommodationForm(String username, String group, String quiz, String multiplier, String extraMinutes,
        String extraAttempts, String from, String until, String reason) {

    public static final AccommodationForm EMPTY = new AccommodationForm("", "", "", "", "", "", "", "", "");

    /** Either the accommodation, or the problems found. */
    public record Checked(Accommodation accommodation, List<String> problems) {
    }

    /** @param knownQuiz whether a quiz id names a quiz of the course */
    public Checked check(ZoneId zone, java.util.function.Predicate<String> knownQuiz) {
        List<String> problems = new ArrayList<>();
        Accommodation a = new Accommodation();
        boolean byUser = !blank(username);
        boolean byGroup = !blank(group);
        if (byUser == byGroup) {
            problems.add("whoMissing");
        } else if (byUser) {
            Account student = Account.findByUsername(username.strip()).orElse(null);
            if (student == null) {
                problems.add("unknownStudent");
            } else {
                a.accountId = student.id;
            }
        } else if (group.strip().length() > dev.quizmark.account.AccountRules.MAX_GROUP) {
            problems.add("groupTooLong");
        } else {
            a.groupName = group.strip();
        }
        a.quizId = blank(quiz) ? null : quiz.strip();
        if (a.quizId != null && !knownQuiz.test(a.quizId)) {
            problems.add("unknownQuiz");
        }
        a.timeMultiplier = decimal(multiplier, "1", "10", "badMultiplier", problems);
        a.extraMinutes = whole(extraMinutes, 1, 10_000, "badMinutes", problems);
        a.extraAttempts = whole(extraAttempts, 1, 100, "badAttempts", problems);
        a.availableFrom = time(from, zone, "badFrom", problems);
        a.availableUntil = time(until, zone, "badUntil", problems);
        if (a.availableFrom != null && a.availableUntil != null && !a.availableFrom.isBefore(a.availableUntil)) {
            problems.add("badWindow");
        }
        if (a.timeMultiplier == null && a.extraMinutes == null && a.extraAttempts == null && a.availableFrom == null
                && a.availableUntil == null && problems.isEmpty()) {
            problems.add("nothingChanged");
        }
        if (blank(reason) || reason.strip().length() > 500) {
            problems.add("reasonMissing");
        } else {
            a.reason = reason.strip();
        }
        return new Checked(problems.isEmpty() ? a : null, List.copyOf(problems));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static BigDecimal decimal(String value, String min, String max, String problem, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.compareTo(new BigDecimal(min)) >= 0 && number.compareTo(new BigDecimal(max)) <= 0 && number.scale() <= 2) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem);
        return null;
    }

    static Integer whole(String value, int min, int max, String problem, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem);
        return null;
    }

    /** A {@code datetime-local} value (2026-03-02T11:00) in the course time zone. */
    private static java.time.Instant time(String value, ZoneId zone, String problem, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(problem);
            return null;
        }
    }
}
