package dev.quizmark.regrade;

/** An attempt's score changed by a regrade, in the regrade's transaction (the LTI outbox sends the new score). */
public record AttemptRegraded(long attemptId, long accountId, String quizId) {
}
