package dev.quizmark.lti;

/** A call to a platform service failed; {@code status} is the HTTP status (0 when the platform did not answer). */
public class PlatformCallException extends Exception {

    public final int status;

    public PlatformCallException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** Whether trying again later may help: no answer, 5xx, 429 and 408 (and 401, after a fresh token). */
    public boolean transientFailure() {
        return status == 0 || status >= 500 || status == 429 || status == 408 || status == 401;
    }
}
