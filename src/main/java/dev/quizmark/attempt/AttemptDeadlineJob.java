package dev.quizmark.attempt;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Submits attempts whose deadline plus grace has passed, so an attempt abandoned in a closed tab is graded
 * on time even if nobody opens it again (the other path is the next request touching it, see
 * {@link AttemptService}). Every instance runs this: each attempt is claimed with {@code for update skip locked}
 * ({@link AttemptService#submitNextOverdue}), so instances split the overdue attempts between them instead of
 * waiting on each other's rows, and {@link AttemptService#submit} is a conditional update, so each attempt is
 * still submitted exactly once. Each attempt is its own transaction, so one broken attempt does not hold up
 * the others.
 */
@ApplicationScoped
public class AttemptDeadlineJob {

    static final String IDENTITY = "attempt-deadline";

    private static final Logger LOG = Logger.getLogger(AttemptDeadlineJob.class);

    @Inject
    AttemptService attempts;

    @Scheduled(identity = IDENTITY, every = "${quizmark.attempt.deadline-job.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        submitOverdue(Instant.now());
    }

    /** @return how many attempts this run submitted */
    public int submitOverdue(Instant now) {
        int count = 0;
        Set<Long> failed = new HashSet<>();
        while (true) {
            Optional<Long> submitted;
            try {
                submitted = attempts.submitNextOverdue(now, failed);
            } catch (AttemptService.OverdueFailed e) {
                // Rolled back; the next claims pass this attempt by, the next run tries it again.
                LOG.errorf(e.getCause(), "Could not submit overdue attempt %d", e.attemptId);
                failed.add(e.attemptId);
                continue;
            }
            if (submitted.isEmpty()) {
                break;
            }
            count++;
        }
        if (count > 0) {
            LOG.infof("Submitted %d attempts past their deadline", count);
        }
        return count;
    }
}
