package dev.quizmark.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quiz's mix of difficulties and question types against its {@link BalanceTargets} ("balance"), and
 * questions without {@code difficulty} or {@code topic} ("untagged"), which the mix and the statistics need.
 * The mix is checked from {@value #MIN_QUESTIONS} questions on: a shorter quiz cannot hold a mix.
 */
final class BalanceRule implements LintRule {

    static final String BALANCE = "balance";
    static final String UNTAGGED = "untagged";
    static final int MIN_QUESTIONS = 5;

    @Override
    public List<Finding> check(QuizContext quiz) {
        List<Finding> findings = new ArrayList<>();
        for (LintQuestion q : quiz.questions) {
            if (q.difficulty() == null) {
                findings.add(quiz.warning(q.line(), UNTAGGED, q, "question '" + q.id() + "' has no difficulty: add difficulty=easy, medium or hard to its heading"));
            }
            if (q.topic() == null) {
                findings.add(quiz.warning(q.line(), UNTAGGED, q, "question '" + q.id() + "' has no topic: add topic=<tag> to its heading"));
            }
        }
        int total = quiz.questions.size();
        if (total < MIN_QUESTIONS) {
            return findings;
        }
        BalanceTargets targets = quiz.targets;
        long easy = quiz.questions.stream().filter(q -> "easy".equals(q.difficulty())).count();
        long hard = quiz.questions.stream().filter(q -> "hard".equals(q.difficulty())).count();
        if (percent(easy, total) > targets.maxEasy()) {
            findings.add(quiz.warning(targets.line(), BALANCE, null, easy + " of " + total + " questions (" + round(easy, total)
                    + " %) are easy; the target is at most " + targets.maxEasy() + " %"));
        }
        if (percent(hard, total) < targets.minHard()) {
            findings.add(quiz.warning(targets.line(), BALANCE, null, hard + " of " + total + " questions (" + round(hard, total)
                    + " %) are hard; the target is at least " + targets.minHard() + " %"));
        }
        Map<String, Integer> types = new TreeMap<>();
        quiz.questions.forEach(q -> types.merge(q.type(), 1, Integer::sum));
        if (types.size() < targets.minTypes()) {
            findings.add(quiz.warning(targets.line(), BALANCE, null, "the quiz uses " + types.size() + " question type"
                    + (types.size() == 1 ? "" : "s") + "; the target is at least " + targets.minTypes()));
        }
        types.forEach((type, count) -> {
            if (percent(count, total) > targets.maxSameType()) {
                findings.add(quiz.warning(targets.line(), BALANCE, null, count + " of " + total + " questions ("
                        + round(count, total) + " %) are " + type
                        + "; the target is at most " + targets.maxSameType() + " % of one type"));
            }
        });
        return findings;
    }

    private static double percent(long part, int total) {
        return 100.0 * part / total;
    }

    private static long round(long part, int total) {
        return Math.round(percent(part, total));
    }
}
