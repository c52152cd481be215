package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline job as several instances run it on one database: runs at the same moment split the overdue
 * attempts ({@code for update skip locked}) and submit each exactly once, and a run passes by an attempt whose
 * row another transaction holds instead of waiting for it.
 */
@QuarkusTest
class DeadlineJobInstancesTest {

    @Inject
    AttemptDeadlineJob job;

    @Inject
    SubmissionCounter submissions;

    @Inject
    Scheduler scheduler;

    @Inject
    EntityManager em;

    FixtureQuizzes.Folder catalog;

    @BeforeEach
    void setUp() {
        catalog = FixtureQuizzes.folder();
        scheduler.pause(AttemptDeadlineJob.IDENTITY);
    }

    @AfterEach
    void resumeJob() {
        scheduler.resume(AttemptDeadlineJob.IDENTITY);
    }

    private List<Long> overdueAttempts(int count) {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(10))));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = SignedIn.newStudent().start(quiz.id());
            QuarkusTransaction.requiringNew().run(() ->
                    Attempt.update("deadline = ?1 where id = ?2", Instant.now().minus(Duration.ofMinutes(5)), id));
            ids.add(id);
        }
        return ids;
    }

    private static AttemptStatus status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(id).status);
    }

    @Test
    void twoRunsAtOnceSubmitEveryOverdueAttemptExactlyOnce() throws Exception {
        List<Long> ids = overdueAttempts(8);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    go.await();
                    return job.submitOverdue(Instant.now());
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get(60, TimeUnit.SECONDS);
            }
            assertTrue(total >= ids.size(), "the runs together submitted " + total);
        } finally {
            instances.shutdownNow();
        }
        for (long id : ids) {
            assertEquals(AttemptStatus.SUBMITTED, status(id));
            assertEquals(1, submissions.count(id), "attempt " + id + " graded exactly once");
        }
    }

    @Test
    void aRunPassesByAnAttemptAnotherInstanceHoldsAndTakesTheRest() throws Exception {
        List<Long> ids = overdueAttempts(3);
        long held = ids.get(0);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select id from attempt where id = ?1 for update").setParameter(1, held).getResultList();
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            long started = System.nanoTime();
            job.submitOverdue(Instant.now());
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20), "the run did not wait for the held row");
            assertEquals(AttemptStatus.IN_PROGRESS, status(held), "the held attempt was left to its holder");
            assertEquals(AttemptStatus.SUBMITTED, status(ids.get(1)));
            assertEquals(AttemptStatus.SUBMITTED, status(ids.get(2)));
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        job.submitOverdue(Instant.now());
        assertEquals(AttemptStatus.SUBMITTED, status(held), "taken by the next run once free");
        assertEquals(1, submissions.count(held));
    }
}
