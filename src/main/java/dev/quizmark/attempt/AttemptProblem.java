package dev.quizmark.attempt;

/**
 * A request the attempt rules refuse, with the reason shown to the student: a friendly page for form posts,
 * {@code {"error": "...", "code": "..."}} for the background save (see {@link AttemptProblemMapper}).
 */
public class AttemptProblem extends RuntimeException {

    public enum Reason {
        NOT_FOUND(404), QUIZ_DELETED(409), NOT_OPEN_YET(409), CLOSED(409), NO_ATTEMPTS_LEFT(409),
        ALREADY_SUBMITTED(409), TIME_UP(409), QUESTION_LOCKED(409), UNKNOWN_QUESTION(400), BAD_REQUEST(400);

        final int status;

        Reason(int status) {
            this.status = status;
        }

        /** Stable machine-readable code for the JSON answer. */
        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public AttemptProblem(Reason reason) {
        super(reason.code(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    String message(AttemptMessages m) {
        return switch (reason) {
            case NOT_FOUND -> m.errNotFound();
            case QUIZ_DELETED -> m.errQuizDeleted();
            case NOT_OPEN_YET -> m.errNotOpenYet();
            case CLOSED -> m.errClosed();
            case NO_ATTEMPTS_LEFT -> m.errNoAttemptsLeft();
            case ALREADY_SUBMITTED -> m.errAlreadySubmitted();
            case TIME_UP -> m.errTimeUp();
            case QUESTION_LOCKED -> m.errQuestionLocked();
            case UNKNOWN_QUESTION -> m.errUnknownQuestion();
            case BAD_REQUEST -> m.errBadRequest();
        };
    }
}
