package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Accounts and graded attempts written straight to the database, and signed-in sessions, for instructor tests. */
final class ResultFixtures {

    private ResultFixtures() {
    }

    static Account student(String displayName, String group) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.create(username, "pw-" + username, Role.STUDENT, displayName);
            account.groupName = group;
            account.studentNumber = "2025" + username.substring(2, 6);
            return account;
        });
    }

    static Attempt submitted(Account student, String quizId, String contentHash, double percent, Instant submittedAt,
            String questionId, String answerJson) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attempt attempt = new Attempt();
            attempt.accountId = student.id;
            attempt.quizId = quizId;
            attempt.contentHash = contentHash;
            attempt.seed = 1;
            attempt.status = AttemptStatus.SUBMITTED;
            attempt.startedAt = submittedAt.minusSeconds(600);
            attempt.submittedAt = submittedAt;
            attempt.maxPoints = BigDecimal.valueOf(10);
            attempt.scorePoints = BigDecimal.valueOf(percent / 10);
            attempt.scorePercent = BigDecimal.valueOf(percent);
            attempt.passed = percent >= 60;
            attempt.persist();
            QuestionResponse response = new QuestionResponse();
            response.attemptId = attempt.id;
            response.questionId = questionId;
            response.answerJson = answerJson;
            response.savedAt = submittedAt.minusSeconds(60);
            response.maxScore = BigDecimal.ONE;
            response.score = BigDecimal.valueOf(percent >= 60 ? 1 : 0);
            response.correct = percent >= 60;
            response.persist();
            return attempt;
        });
    }

    static String session(String username, String password) {
        String session = SignIn.session(username, password);
        assertNotNull(session, "sign-in failed for " + username);
        return session;
    }

    static String instructorSession() {
        return session("instructor", "instructor-test-password");
    }
}
