package dev.quizmark.lti;

/** Why a login or launch is refused; the kind picks the page's message and status, the detail goes to the log. */
public class LaunchProblem extends Exception {

    public enum Kind {
        /** The login request or launch form lacks something or names an unknown platform. */
        BAD_REQUEST(400),
        /** The state is unknown, used or expired. */
        STATE(401),
        /** The id_token is malformed, unsigned or signed wrongly, or a claim fails a check. */
        TOKEN(401),
        /** The platform's keys could not be fetched. */
        PLATFORM_KEYS(502),
        /** The course is not (yet) approved as this Quizmark course. */
        CONTEXT_NOT_APPROVED(403),
        /** The launch asks for something this person may not do (deep linking as a student). */
        FORBIDDEN(403),
        /** The resource link names no quiz that exists. */
        NO_QUIZ(404);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public final Kind kind;

    public LaunchProblem(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }
}
