package dev.quizmark.instructor;

import dev.quizmark.quiz.QuizSettings.Grading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * One student's result on one quiz, from their submitted attempts by the quiz's grading method (as Moodle's
 * "grading method"): the highest score, the first or last attempt, or the mean of all of them.
 *
 * @param attempt  the attempt the result is, or null for {@link Grading#AVERAGE} over more than one attempt
 * @param points   graded points (for the average: the mean of the attempts' points)
 * @param percent  graded percent, 0–100
 * @param passed   whether the graded result reaches the quiz's pass mark
 * @param attempts how many submitted attempts the student has
 */
public record GradedResult(long accountId, AttemptRow attempt, BigDecimal points, BigDecimal maxPoints, BigDecimal percent,
        boolean passed, int attempts) {

    /**
     * @param submitted one student's submitted attempts of one quiz, in any order; not empty
     * @param passMark  the quiz's pass mark in percent, for the average (one attempt's own verdict is kept)
     */
    static GradedResult of(Grading grading, List<AttemptRow> submitted, int passMark) {
        List<AttemptRow> oldestFirst = submitted.stream()
                .sorted(Comparator.comparing(AttemptRow::startedAt).thenComparing(AttemptRow::attemptId)).toList();
        AttemptRow chosen = switch (grading) {
            case FIRST -> oldestFirst.get(0);
            case LAST -> oldestFirst.get(oldestFirst.size() - 1);
            // The earliest of equal best scores, so the result does not move when a student repeats a score.
            case BEST -> oldestFirst.stream().reduce((a, b) -> percentOf(b).compareTo(percentOf(a)) > 0 ? b : a).orElseThrow();
            case AVERAGE -> oldestFirst.size() == 1 ? oldestFirst.get(0) : null;
        };
        long accountId = oldestFirst.get(0).accountId();
        if (chosen != null) {
            return new GradedResult(accountId, chosen, chosen.scorePoints(), chosen.maxPoints(), percentOf(chosen),
                    Boolean.TRUE.equals(chosen.passed()), oldestFirst.size());
        }
        BigDecimal count = BigDecimal.valueOf(oldestFirst.size());
        BigDecimal percent = mean(oldestFirst.stream().map(GradedResult::percentOf).toList(), count);
        return new GradedResult(accountId, null, mean(oldestFirst.stream().map(AttemptRow::scorePoints).toList(), count),
                mean(oldestFirst.stream().map(AttemptRow::maxPoints).toList(), count), percent,
                percent.compareTo(BigDecimal.valueOf(passMark)) >= 0, oldestFirst.size());
    }

    private static BigDecimal percentOf(AttemptRow attempt) {
        return attempt.scorePercent() == null ? BigDecimal.ZERO : attempt.scorePercent();
    }

    private static BigDecimal mean(List<BigDecimal> values, BigDecimal count) {
        return values.stream().map(v -> v == null ? BigDecimal.ZERO : v).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(count, 4, RoundingMode.HALF_UP);
    }
}
