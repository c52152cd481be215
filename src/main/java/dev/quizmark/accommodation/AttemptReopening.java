package dev.quizmark.accommodation;

import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Reopening a submitted attempt for one student, with a reason: it is in progress again with its saved answers,
 * its score cleared, a new deadline (now plus the minutes given, or none), and it is graded again at submission.
 */
@ApplicationScoped
public class AttemptReopening {

    public enum Outcome { REOPENED, NOT_FOUND, NOT_SUBMITTED, ANOTHER_IN_PROGRESS }

    @Transactional
    public Outcome reopen(long attemptId, Integer minutes, String reason, long actorId, Instant now) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            return Outcome.NOT_FOUND;
        }
        if (!attempt.isSubmitted()) {
            return Outcome.NOT_SUBMITTED;
        }
        if (Attempt.inProgress(attempt.accountId, attempt.quizId).isPresent()) {
            return Outcome.ANOTHER_IN_PROGRESS;
        }
        String before = attempt.scorePoints == null ? "—" : attempt.scorePoints.stripTrailingZeros().toPlainString();
        attempt.status = AttemptStatus.IN_PROGRESS;
        attempt.submittedAt = null;
        attempt.autoSubmitted = false;
        attempt.scorePoints = null;
        attempt.scorePercent = null;
        attempt.passed = null;
        // Graded again against its own version at submission; a regrade picks it up afterwards if needed.
        attempt.gradedHash = null;
        attempt.deadline = minutes == null ? null : now.plus(Duration.ofMinutes(minutes));
        for (QuestionResponse response : QuestionResponse.ofAttempt(attemptId)) {
            response.score = null;
            response.correct = null;
        }
        AuditEntry.record(actorId, "ATTEMPT_REOPENED", attempt.accountId, attemptId, "score was " + before
                + (minutes == null ? ", no time limit" : ", " + minutes + " minutes") + "; reason: " + reason);
        return Outcome.REOPENED;
    }
}
