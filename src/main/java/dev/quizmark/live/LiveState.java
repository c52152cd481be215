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

    // What the host and phone templates ask of a state ({view.state.open}).

    public boolean isLobby() {
        return this == LOBBY;
    }

    public boolean isOpen() {
        return this == OPEN;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }

    public boolean isResults() {
        return this == RESULTS;
    }

    public boolean isLeaderboard() {
        return this == LEADERBOARD;
    }

    public boolean isFinished() {
        return this == FINISHED;
    }

    /** A question is on the projector (its prompt and choices). */
    public boolean isAsking() {
        return this == OPEN || this == CLOSED || this == RESULTS;
    }
}
