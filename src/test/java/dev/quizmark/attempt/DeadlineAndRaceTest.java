package dev.quizmark.attempt;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server keeps the time, and submission happens exactly once: late form saves and submits change nothing,
 * and real threads racing (the deadline job against the student's submit, a save against a submit) never grade
 * twice or lose a save the student was told had been taken. The grace period is 30 s in the test profile.
 */
@QuarkusTest
class DeadlineAndRaceTest {

    private static final int ROUNDS = 40;

    @Inject
    SubmissionCounter submissions;

    @Inject
    AttemptDeadlineJob deadlineJob;

    @Inject
    AttemptService attempts;

    @Inject
    Scheduler scheduler;

    ExecutorService pool;

    @BeforeEach
    void pauseTheScheduledJob() {
        // The tests run the job themselves, at the moment they choose.
        scheduler.pause(AttemptDeadlineJob.IDENTITY);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void resume() {
        pool.shutdownNow();
        scheduler.resume(AttemptDeadlineJob.IDENTITY);
    }

    private static Attempt attempt(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(id));
    }

    private static void setDeadline(long id, Instant deadline) {
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("deadline = ?1 where id = ?2", deadline, id));
    }

    /** The stored answer of one question, or an empty list when nothing was saved. */
    private static List<String> stored(long attemptId, String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionResponse.<QuestionResponse>find(
                "attemptId = ?1 and questionId = ?2", attemptId, questionId).firstResultOptional()
                .map(QuestionResponse::answer).orElse(List.of()));
    }

    @Test
    void aFormSaveAfterDeadlineAndGraceIsRefusedAndChangesNothing() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(5))));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.save(id, Map.of("present", List.of("short", "tf"), "q.short", "Aider", "page", "1", "go", "save"))
                .then().statusCode(303);
        setDeadline(id, Instant.now().minusSeconds(35));
        // The page's save button (no script), carrying a changed answer and a new one.
        student.save(id, Map.of("present", List.of("short", "tf"), "q.short", "too late", "q.tf", "true", "page", "1",
                "go", "save")).then().statusCode(409).body(containsString("제한 시간이 지나 답을 저장할 수 없습니다."));
        assertEquals(List.of("Aider"), stored(id, "short"), "the saved answer stands");
        assertEquals(List.of(), stored(id, "tf").stream().filter(s -> !s.isEmpty()).toList(), "the late answer is not stored");
        Attempt attempt = attempt(id);
        assertEquals(AttemptStatus.SUBMITTED, attempt.status);
        assertTrue(attempt.autoSubmitted, "submitted by the clock, not by the late form");
        assertEquals(0, BigDecimal.ONE.compareTo(attempt.scorePoints), "graded on the answer saved in time");
        assertEquals(1, submissions.count(id));
        // Sending it again changes nothing either.
        student.save(id, Map.of("present", "tf", "q.tf", "true", "page", "1", "go", "save")).then().statusCode(409);
        assertEquals(0, BigDecimal.ONE.compareTo(attempt(id).scorePoints));
        assertEquals(1, submissions.count(id));
    }

    @Test
    void aSubmitAfterDeadlineAndGraceIsTheClocksSubmissionWithTheSavedAnswers() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(5))));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.saveQuestion(id, "numeric", Map.of("q.numeric", "71.6")).then().statusCode(200);
        Instant deadline = Instant.now().minusSeconds(40);
        setDeadline(id, deadline);
        student.submit(id).then().statusCode(303).header("Location", endsWith("/attempts/" + id + "/review"));
        Attempt attempt = attempt(id);
        assertEquals(AttemptStatus.SUBMITTED, attempt.status);
        assertTrue(attempt.autoSubmitted, "past the grace period the student's submit is not a submission on time");
        assertEquals(0, BigDecimal.ONE.compareTo(attempt.scorePoints), "graded on the saved answer only");
        assertEquals(1, submissions.count(id));
        student.http().get("/attempts/" + id + "/review").then().statusCode(200).body(containsString("자동 제출"));
        // Submitting again is idempotent: still one graded submission.
        student.submit(id).then().statusCode(303);
        assertEquals(1, submissions.count(id));
    }

    /**
     * The deadline job and the student's submit button at the same moment: the job sees the attempt as overdue
     * (its clock is past deadline and grace), the student is still in time. Whoever wins, there is one graded
     * submission, its flag says who made it, and the saved answer is graded.
     */
    @Test
    void theDeadlineJobRacingAStudentSubmitGradesExactlyOnce() throws Exception {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(5))));
        SignedIn student = SignedIn.newStudent();
        int byJob = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long id = student.start(quiz.id());
            student.saveQuestion(id, "short", Map.of("q.short", "Aider")).then().statusCode(200);
            Instant deadline = Instant.now().plusSeconds(60);
            setDeadline(id, deadline);
            Instant jobClock = deadline.plus(attempts.grace()).plusSeconds(1);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Integer> job = pool.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return deadlineJob.submitOverdue(jobClock);
            });
            Future<Integer> submit = pool.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return student.submit(id).statusCode();
            });
            assertEquals(303, submit.get(30, TimeUnit.SECONDS), "round " + round);
            job.get(30, TimeUnit.SECONDS);
            Attempt attempt = attempt(id);
            assertEquals(AttemptStatus.SUBMITTED, attempt.status, "round " + round);
            assertEquals(1, submissions.count(id), "round " + round + ": one graded submission");
            assertEquals(0, BigDecimal.ONE.compareTo(attempt.scorePoints), "round " + round + ": the saved answer is graded");
            byJob += attempt.autoSubmitted ? 1 : 0;
        }
        // Not an assertion on who wins (that is timing), only a record of how often each side did.
        System.out.printf("deadline job won %d of %d rounds%n", byJob, ROUNDS);
    }

    /**
     * A background save and the submit button at the same moment. A save the server acknowledged (200) must be
     * in the graded attempt; a refused one (409) must not; either way the attempt is graded once.
     */
    @Test
    void aSaveRacingASubmitIsEitherGradedOrRefusedNeverLost() throws Exception {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long id = student.start(quiz.id());
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<Integer>> racing = new ArrayList<>();
            racing.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                return student.saveQuestion(id, "short", Map.of("q.short", "Aider")).statusCode();
            });
            racing.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                return student.submit(id).statusCode();
            });
            List<Future<Integer>> results = pool.invokeAll(racing, 60, TimeUnit.SECONDS);
            int save = results.get(0).get();
            assertEquals(303, results.get(1).get(), "round " + round + ": the submit");
            Attempt attempt = attempt(id);
            assertEquals(AttemptStatus.SUBMITTED, attempt.status);
            assertEquals(1, submissions.count(id), "round " + round + ": one graded submission");
            if (save == 200) {
                acknowledged++;
                assertEquals(List.of("Aider"), stored(id, "short"), "round " + round + ": an acknowledged save is kept");
                assertEquals(0, BigDecimal.ONE.compareTo(attempt.scorePoints), "round " + round + ": and graded");
            } else {
                assertEquals(409, save, "round " + round + ": a save after the submission is refused");
                assertFalse(stored(id, "short").contains("Aider"), "round " + round + ": a refused save is not stored");
                assertEquals(0, BigDecimal.ZERO.compareTo(attempt.scorePoints), "round " + round);
            }
        }
        System.out.printf("save acknowledged in %d of %d rounds%n", acknowledged, ROUNDS);
    }
}
