package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.support.Accounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;

/** Accounts and graded attempts written straight to the database, and signed-in sessions, for instructor tests. */
final class ResultFixtures {

    private ResultFixtures() {
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


}
