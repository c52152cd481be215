package dev.quizmark.instructor;

import dev.quizmark.attempt.AttemptStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** One attempt with its student, as the result pages list it. */
public record AttemptRow(long attemptId, long accountId, String username, String displayName, String group, String quizId,
        Instant startedAt, Instant submittedAt, BigDecimal scorePoints, BigDecimal maxPoints, BigDecimal scorePercent,
        Boolean passed, AttemptStatus status) {

    /** The JPQL select list and joins that build a row; conditions follow with " and". */
    static final String SELECT = "select a.id, acc.id, acc.username, acc.displayName, acc.groupName, a.quizId, a.startedAt,"
            + " a.submittedAt, a.scorePoints, a.maxPoints, a.scorePercent, a.passed, a.status"
            + " from Attempt a, Account acc where acc.id = a.accountId";

    public boolean submitted() {
        return status == AttemptStatus.SUBMITTED;
    }

    /** Whole minutes from start to submission; 0 while in progress. */
    public long minutes() {
        return submittedAt == null ? 0 : Duration.between(startedAt, submittedAt).toMinutes();
    }
}
