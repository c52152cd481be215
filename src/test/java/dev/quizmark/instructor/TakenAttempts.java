package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.Forms;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attempts students take through the app for the instructor tests: start, answers saved as the attempt page
 * saves them, submit; the grader scores them. Figures the tests expect are worked out from the answers given.
 */
final class TakenAttempts {

    private TakenAttempts() {
    }

    /** A student with a group and a student number (Accounts.student), signed in. */
    static SignedIn student(Account account) {
        return SignedIn.as(account.username, Accounts.passwordOf(account.username));
    }

    /**
     * Starts an attempt, saves each field of {@code answers} (form field → value, e.g. {@code q.short} or
     * {@code q.cloze.1}) with the per-question save the attempt page's script uses, submits; returns its id.
     */
    static long take(SignedIn student, String quizId, Map<String, String> answers) {
        long id = student.start(quizId);
        save(student, id, answers);
        assertEquals(303, student.submit(id).statusCode());
        return id;
    }

    /**
     * On the fixture quiz (attempt/FixtureQuizFile, 10 points on one page): posts the whole page answered right,
     * then overwrites {@code wrong} (form field → value) with the per-question save, and submits.
     */
    static long takeFixture(SignedIn student, String quizId, Map<String, String> wrong) {
        long id = student.start(quizId);
        assertEquals(303, student.save(id, Forms.correct(student, id)).statusCode());
        save(student, id, wrong);
        assertEquals(303, student.submit(id).statusCode());
        return id;
    }

    private static void save(SignedIn student, long attemptId, Map<String, String> answers) {
        Map<String, Map<String, String>> byQuestion = new LinkedHashMap<>();
        answers.forEach((field, value) -> byQuestion
                .computeIfAbsent(field.split("\\.")[1], q -> new LinkedHashMap<>()).put(field, value));
        byQuestion.forEach((question, fields) ->
                assertEquals(200, student.saveQuestion(attemptId, question, fields).statusCode(), question));
    }

    /**
     * The app takes its times from the clock, which a test cannot set: after an attempt was taken, its times are
     * moved to {@code submittedAt} (started 10 minutes and answers saved 1 minute before), so exports and pages
     * can be checked against written-down timestamps. Scores and answers stay as the grader stored them.
     */
    static void movedTo(long attemptId, Instant submittedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attempt attempt = Attempt.findById(attemptId);
            attempt.startedAt = submittedAt.minusSeconds(600);
            attempt.submittedAt = submittedAt;
            QuestionResponse.update("savedAt = ?1 where attemptId = ?2", submittedAt.minusSeconds(60), attemptId);
        });
    }
}
