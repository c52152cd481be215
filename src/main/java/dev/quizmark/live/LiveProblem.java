package dev.quizmark.live;

/** Why a live request was refused; the pages say it in the visitor's language (LiveMessages). */
public class LiveProblem extends RuntimeException {

    public enum Reason {
        /** No running session has this PIN, or the session id is unknown to this visitor. */
        NOT_FOUND(404),
        GUESTS_NOT_ALLOWED(403),
        NICKNAME_REQUIRED(400),
        NICKNAME_TAKEN(409),
        INSTRUCTORS_HOST(403),
        KICKED(403),
        NO_LIVE_QUESTIONS(400),
        /** An answer after the deadline, to a closed or paused question, or to a question no longer current. */
        TOO_LATE(409),
        WRONG_STATE(409);

        public final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    public final Reason reason;

    public LiveProblem(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }
}
