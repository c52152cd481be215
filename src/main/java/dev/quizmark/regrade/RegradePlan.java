package dev.quizmark.regrade;

import dev.quizmark.quiz.Quiz;
import java.math.BigDecimal;
import java.util.List;

/**
 * What regrading a quiz's submitted attempts against its current file would change (the dry run), or did.
 *
 * @param checked attempts graded against an older key, each looked at
 * @param changes the attempts whose score changes, with the questions that change
 */
public record RegradePlan(Quiz current, int checked, List<AttemptChange> changes) {

    /** @param fromHash the version the attempt was started on (it stays pinned to it) */
    public record AttemptChange(long attemptId, long accountId, String username, String displayName, String fromHash,
            BigDecimal oldPoints, BigDecimal newPoints, BigDecimal oldMax, BigDecimal newMax, BigDecimal oldPercent,
            BigDecimal newPercent, Boolean oldPassed, boolean newPassed, List<QuestionChange> questions) {
    }

    public record QuestionChange(String questionId, String title, BigDecimal oldScore, BigDecimal newScore, BigDecimal max) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
