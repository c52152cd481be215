package dev.quizmark.lint;

import dev.quizmark.quiz.FrontMatter;
import dev.quizmark.quiz.QuizFormatException;
import dev.quizmark.quiz.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mix a quiz aims for, from its front matter's {@code lint:} block (docs/quiz-format.md, "Lint"), or the
 * defaults: at most 40 % easy questions, at least 25 % hard ones, no type above half of the questions, three
 * types or more.
 *
 * @param line front-matter line of the {@code lint:} block, or 1 when there is none
 */
record BalanceTargets(int maxEasy, int minHard, int maxSameType, int minTypes, int line) {

    static final BalanceTargets DEFAULTS = new BalanceTargets(40, 25, 50, 3, 1);

    private record Target(int fallback, int min, int max, String meaning) {
    }

    private static final Map<String, Target> TARGETS = targets();

    private static Map<String, Target> targets() {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("max_easy", new Target(DEFAULTS.maxEasy, 0, 100, "a percentage from 0 to 100"));
        targets.put("min_hard", new Target(DEFAULTS.minHard, 0, 100, "a percentage from 0 to 100"));
        targets.put("max_same_type", new Target(DEFAULTS.maxSameType, 1, 100, "a percentage from 1 to 100"));
        targets.put("min_types", new Target(DEFAULTS.minTypes, 1, 8, "a number of question types from 1 to 8"));
        return targets;
    }

    /** The targets of a quiz file; every bad key or value is added to {@code problems} as an error. */
    static BalanceTargets read(String path, List<String> lines, List<Finding> problems) {
        FrontMatter.Setting setting;
        try {
            setting = FrontMatter.read(lines).settings().get("lint");
        } catch (QuizFormatException e) {
            return DEFAULTS; // validation reports broken front matter
        }
        if (setting == null) {
            return DEFAULTS;
        }
        int line = setting.line();
        if (setting.list() == null || setting.list().size() != 1 || !(setting.list().get(0) instanceof Map<?, ?> map)
                || map.isEmpty()) {
            problems.add(error(path, line, "setting 'lint' must be a block of targets such as 'max_easy: 40' on indented lines"));
            return new BalanceTargets(DEFAULTS.maxEasy, DEFAULTS.minHard, DEFAULTS.maxSameType, DEFAULTS.minTypes, line);
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        TARGETS.forEach((key, target) -> values.put(key, target.fallback()));
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Target target = TARGETS.get(key);
            if (target == null) {
                problems.add(error(path, line, "unknown lint target '" + key + "'" + Suggestions.didYouMean(key, TARGETS.keySet())));
                continue;
            }
            Integer value = integer(String.valueOf(entry.getValue()));
            if (value == null || value < target.min() || value > target.max()) {
                problems.add(error(path, line, "expected lint target " + key + " to be " + target.meaning() + ", got \""
                        + entry.getValue() + "\""));
                continue;
            }
            values.put(key, value);
        }
        return new BalanceTargets(values.get("max_easy"), values.get("min_hard"), values.get("max_same_type"),
                values.get("min_types"), line);
    }

    private static Integer integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Finding error(String path, int line, String message) {
        return new Finding(path, line, Severity.ERROR, "lint-settings", message, null);
    }
}
