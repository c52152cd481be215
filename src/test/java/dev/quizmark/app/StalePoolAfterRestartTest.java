package dev.quizmark.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.DirectDatabase;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a PostgreSQL restart leaves in the pool: connections whose server end is gone. The pool checks a connection
 * that has been idle for longer than {@code quarkus.datasource.jdbc.foreground-validation-interval} before lending
 * it (issue 14), so after the server's connections are all cut, as a restart does, and at least that long has
 * passed (any restart takes longer), the very first requests succeed on new connections instead of failing on
 * dead ones.
 */
@QuarkusTest
class StalePoolAfterRestartTest {

    @Test
    void theFirstRequestsAfterTheServerCutEveryConnectionSucceed() throws Exception {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.saveQuestion(id, "short", Map.of("q.short", "before")).then().statusCode(200);

        int cut = cutEveryConnectionOfTheApp();
        assertTrue(cut >= 1, "the app had pooled connections to cut, cut " + cut);
        Thread.sleep(1_500);

        for (int i = 1; i <= 5; i++) {
            student.saveQuestion(id, "short", Map.of("q.short", "after-" + i)).then().statusCode(200);
            student.http().get("/attempts/" + id).then().statusCode(200);
        }
        assertEquals("[\"after-5\"]", storedAnswer(id));
    }

    /** Terminates every server process of the test database but this test's own, as a restart would. */
    private static int cutEveryConnectionOfTheApp() throws SQLException {
        try (Connection admin = DirectDatabase.open(); Statement s = admin.createStatement();
                ResultSet rows = s.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where datname = current_database() and pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String storedAnswer(long attemptId) throws SQLException {
        try (Connection admin = DirectDatabase.open(); Statement s = admin.createStatement();
                ResultSet rows = s.executeQuery("select answer_json from question_response where attempt_id = " + attemptId
                        + " and question_id = 'short'")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
