package dev.quizmark.quiz;

import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.quiz.QuizSettings.Grading;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns front-matter settings into {@link QuizSettings}, reporting every bad value with its line. */
final class SettingsReader {

    /** {@code lint} holds targets that only {@code ./quizmark lint} reads and checks (dev.quizmark.lint.BalanceTargets). */
    static final Set<String> KEYS = Set.of("id", "title", "description", "language", "time_limit", "attempts",
            "pass_mark", "shuffle_questions", "shuffle_choices", "feedback", "page_size", "available_from",
            "available_until", "source", "lint", "grading", "live_time", "class_average");

    /** Bounds of a live question's answering time (the host's form has the same). */
    public static final Duration LIVE_TIME_MIN = Duration.ofSeconds(5);
    public static final Duration LIVE_TIME_MAX = Duration.ofMinutes(10);

    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Map<String, FrontMatter.Setting> settings;
    private final Problems problems;

    /** Lines of {@code source} entries, by reading path, for problems found later. */
    final java.util.Map<String, Integer> readingLines = new java.util.LinkedHashMap<>();

    SettingsReader(FrontMatter frontMatter, Problems problems) {
        this.settings = frontMatter.settings();
        this.problems = problems;
    }

    String id(String fileName) {
        FrontMatter.Setting setting = settings.get("id");
        String id = setting == null ? fileName.replaceFirst("\\.[^.]+$", "") : setting.text();
        if (id == null || !SLUG.matcher(id).matches()) {
            problems.add(setting == null ? 1 : setting.line(), "quiz id must be lower-case letters, digits and dashes"
                    + (setting == null ? " (it defaults to the file name; set id: in the front matter)" : "")
                    + ", got \"" + id + "\"");
        }
        return id;
    }

    QuizSettings read() {
        settings.values().stream().filter(s -> !KEYS.contains(s.key()))
                .forEach(s -> problems.add(s.line(), "unknown setting '" + s.key() + "'" + Suggestions.didYouMean(s.key(), KEYS)));
        String title = text("title");
        if ((title == null || title.isBlank()) && !settings.isEmpty()) {
            problems.add(1, "missing setting 'title': every quiz needs a title");
        }
        String description = text("description");
        return new QuizSettings(
                title == null ? "" : title.strip(),
                description == null ? "" : MarkdownRenderer.html(description),
                language(),
                timeLimit(),
                attempts(),
                intInRange("pass_mark", 50, 0, 100, "a percentage from 0 to 100"),
                bool("shuffle_questions"),
                bool("shuffle_choices"),
                feedback(),
                intInRange("page_size", 0, 0, 1000, "a number of questions per page (0 = all on one page)"),
                dateTime("available_from"),
                dateTime("available_until"),
                readings(),
                grading(),
                liveTime(),
                bool("class_average"));
    }

    private String text(String key) {
        FrontMatter.Setting setting = settings.get(key);
        if (setting == null) {
            return null;
        }
        if (setting.text() == null) {
            problems.add(setting.line(), "setting '" + key + "' must be a single value, not a list");
        }
        return setting.text();
    }

    private int line(String key) {
        return settings.get(key).line();
    }

    private String language() {
        String value = text("language");
        if (value == null) {
            return "ko";
        }
        if (!value.equals("ko") && !value.equals("en")) {
            problems.add(line("language"), "expected language ko or en, got \"" + value + "\"");
        }
        return value;
    }

    private Duration timeLimit() {
        String value = text("time_limit");
        if (value == null) {
            return null;
        }
        Matcher m = DURATION.matcher(value.strip());
        if (value.isBlank() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            problems.add(line("time_limit"), "expected a duration like 15m or 1h30m, got \"" + value + "\"");
            return null;
        }
        Duration duration = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
        if (duration.isZero()) {
            problems.add(line("time_limit"), "time_limit must be longer than zero");
            return null;
        }
        return duration;
    }

    private Duration liveTime() {
        String value = text("live_time");
        return value == null ? null : liveTime(value, line("live_time"), problems);
    }

    /** A live answering time, {@code 20s} or {@code 1m30s}, from 5 s to 10 min; a problem at {@code line} otherwise. */
    static Duration liveTime(String value, int line, Problems problems) {
        Matcher m = DURATION.matcher(value.strip());
        if (value.isBlank() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            problems.add(line, "expected live_time to be a duration like 20s or 1m30s, got \"" + value + "\"");
            return null;
        }
        Duration duration = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
        if (duration.compareTo(LIVE_TIME_MIN) < 0 || duration.compareTo(LIVE_TIME_MAX) > 0) {
            problems.add(line, "live_time must be from 5s to 10m, got \"" + value + "\"");
            return null;
        }
        return duration;
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private Integer attempts() {
        String value = text("attempts");
        if (value == null || value.equals("unlimited")) {
            return null;
        }
        try {
            int attempts = Integer.parseInt(value.strip());
            if (attempts > 0) {
                return attempts;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line("attempts"), "expected attempts to be a positive number or unlimited, got \"" + value + "\"");
        return null;
    }

    private int intInRange(String key, int fallback, int min, int max, String expected) {
        String value = text(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line(key), "expected " + key + " to be " + expected + ", got \"" + value + "\"");
        return fallback;
    }

    private boolean bool(String key) {
        String value = text(key);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(line(key), "expected " + key + " to be true or false, got \"" + value + "\"");
        }
        return value.equals("true");
    }

    private Feedback feedback() {
        String value = text("feedback");
        if (value == null) {
            return Feedback.AFTER_SUBMIT;
        }
        try {
            return Feedback.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(line("feedback"), "expected feedback to be immediate, after_submit, after_close or never, got \""
                    + value + "\"");
            return Feedback.AFTER_SUBMIT;
        }
    }

    private Grading grading() {
        String value = text("grading");
        if (value == null) {
            return Grading.BEST;
        }
        try {
            return Grading.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(line("grading"), "expected grading to be best, last, first or average, got \"" + value + "\"");
            return Grading.BEST;
        }
    }

    private OffsetDateTime dateTime(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(line(key), "expected " + key + " to be a date-time with offset like 2025-10-01T09:00:00+09:00, got \""
                    + value + "\"");
            return null;
        }
    }

    private List<String> readings() {
        FrontMatter.Setting setting = settings.get("source");
        List<String> readings = new ArrayList<>();
        if (setting == null) {
            return readings;
        }
        List<Object> items = setting.list() != null ? setting.list() : List.of(setting.text());
        for (Object item : items) {
            Object file = item instanceof Map<?, ?> map ? map.get("file") : item;
            if (file instanceof String path && !path.isBlank()) {
                readings.add(path.strip());
                readingLines.put(path.strip(), setting.line());
            } else {
                problems.add(setting.line(), "expected each source entry to be '- file: readings/<name>.md'");
            }
        }
        return readings;
    }
}
