package dev.quizmark.live;

/**
 * Where a live session is. Per question: OPEN (answers taken until the deadline) → CLOSED (no more answers) →
 * RESULTS (distribution, right answer, explanation) → LEADERBOARD → the next question's OPEN, or FINISHED after
 * the last. The host may end the session from any state.
 */
public enum LiveState {
    LOBBY, OPEN, CLOSED, RESULTS, LEADERBOARD, FINISHED;

    /** Whether the current question's answer may be shown (to the host's projector and each phone). */
    public boolean revealed() {
        return this == RESULTS || this == LEADERBOARD;
    }
}
