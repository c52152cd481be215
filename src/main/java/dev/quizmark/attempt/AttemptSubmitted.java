package dev.quizmark.attempt;

/**
 * Fired once per attempt, in the transaction that submitted and graded it (by the student, on first access
 * after the deadline, or by {@link AttemptDeadlineJob}).
 */
public record AttemptSubmitted(long attemptId, long accountId, String quizId, boolean automatic) {
}
