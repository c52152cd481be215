package dev.quizmark.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boots the app on the quick-start configuration: an embedded H2 database with the same migrations. */
@QuarkusTest
@TestProfile(EmbeddedDatabaseTest.EmbeddedH2.class)
class EmbeddedDatabaseTest {

    public static class EmbeddedH2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/h2-test/quizmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "");
        }
    }

    @Test
    void appRunsOnTheEmbeddedDatabase() {
        given().when().get("/").then().statusCode(200).body(containsString("퀴즈 목록"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The save path has its own way on H2 (no data-modifying WITH): the same answers, locks and refusals. */
    @Test
    void aQuizIsTakenOnTheEmbeddedDatabase() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(FixtureQuizzes.feedback(Feedback.IMMEDIATE)));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.saveQuestion(id, "tf", Map.of("q.tf", "true")).then().statusCode(200)
                .body("answered", equalTo(1)).body("total", equalTo(8));
        student.saveQuestion(id, "short", Map.of("q.short", "draft")).then().statusCode(200).body("answered", equalTo(2));
        student.saveQuestion(id, "short", Map.of("q.short", "")).then().statusCode(200).body("answered", equalTo(1));
        student.save(id, Map.of("present", List.of("single", "short"), "q.single", "2", "q.short", "again",
                "check", "single", "page", "1")).then().statusCode(303);
        student.save(id, Map.of("present", "single", "q.single", "1")).then().statusCode(409);
        student.saveQuestion(id, "short", Map.of("q.short", "last")).then().statusCode(200).body("answered", equalTo(3));
        student.submit(id).then().statusCode(303);
        student.saveQuestion(id, "short", Map.of("q.short", "too late")).then().statusCode(409);
        assertEquals("[\"last\"]", QuarkusTransaction.requiringNew().call(() -> QuestionResponse.<QuestionResponse>find(
                "attemptId = ?1 and questionId = 'short'", id).firstResult().answerJson));
        // The instructor's results page adds up item statistics in the database: H2 does it too.
        SignedIn.instructor().http().get("/instructor/quizzes/" + quiz.id()).then().statusCode(200)
                .body(containsString("#short</span>"), containsString("#tf</span>"));
    }
}
