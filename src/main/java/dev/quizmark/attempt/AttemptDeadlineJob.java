package dev.quizmark.attempt;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Submits attempts whose deadline plus grace has passed, so an attempt abandoned in a closed tab is graded
 * on time even if nobody opens it again (the other path is the next request touching it, see
 * {@link AttemptService}). Every instance may run this at once: {@link AttemptService#submit} is a
 * conditional update, so each attempt is still submitted exactly once. Each attempt is its own transaction,
 * so one broken attempt does not hold up the others.
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
        for (Long id : attempts.overdueAttempts(now)) {
            try {
                if (attempts.submit(id, true, now)) {
                    count++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not submit overdue attempt %d", id);
            }
        }
        if (count > 0) {
            LOG.infof("Submitted %d attempts past their deadline", count);
        }
        return count;
    }
}
