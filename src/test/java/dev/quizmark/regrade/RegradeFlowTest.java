package dev.quizmark.regrade;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Role;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.support.SignedIn;
import dev.quizmark.audit.AuditEntry;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Grading;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A key fix and a regrade through the app: two students take version 1 (tf's key "true"), the instructor fixes
 * the key to "false" (version 2, same question ids), looks at the dry run, applies it, and the scores, the
 * history and the CSV exports follow.
 */
@QuarkusTest
class RegradeFlowTest {

    @Test
    void dryRunThenApplyChangesExactlyTheExpectedScores() throws IOException {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz v1 = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.grading(Grading.LAST)));
        SignedIn a = SignedIn.newStudent();
        SignedIn b = SignedIn.newStudent();
        // A: single right (a), tf "false" → 1 point under v1; B: single wrong (b), tf "true" → 1 point.
        long attemptA = take(a, v1, Map.of("single", "1", "tf", "false"));
        long attemptB = take(b, v1, Map.of("single", "2", "tf", "true"));
        assertEquals(0, new BigDecimal("1").compareTo(score(attemptA)));
        assertEquals(0, new BigDecimal("1").compareTo(score(attemptB)));

        // The instructor fixes the key in the file: same question ids, a new version.
        Quiz v2 = catalog.rewrite(v1, text -> text.replace("Answer: true", "Answer: false"));
        assertTrue(!v2.contentHash().equals(v1.contentHash()));
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        String page = instructor.http().get("/instructor/quizzes/" + v1.id() + "/regrade").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("이전 정답으로 채점된 응시 2회 중 점수가 바뀌는 응시 2회"), page);
        String rowA = row(page, attemptA);
        assertTrue(rowA.contains("Title tf <span class=\"muted\">#tf</span>: 0 / 1 → 1 / 1"), rowA);
        assertTrue(rowA.contains("<td>1 / 10 · 10 %</td>"), rowA);
        assertTrue(rowA.contains("<strong>2 / 10 · 20 %</strong>"), rowA);
        String rowB = row(page, attemptB);
        assertTrue(rowB.contains("#tf</span>: 1 / 1 → 0 / 1"), rowB);
        assertTrue(rowB.contains("<strong>0 / 10 · 0 %</strong>"), rowB);
        assertTrue(page.contains("name=\"csrf-token\""), page);
        // The dry run changed nothing.
        assertEquals(0, new BigDecimal("1").compareTo(score(attemptA)));

        // A form for another version (the file changed meanwhile) applies nothing.
        instructor.form().formParam("to", v1.contentHash()).post("/instructor/quizzes/" + v1.id() + "/regrade")
                .then().statusCode(409);
        assertEquals(0, new BigDecimal("1").compareTo(score(attemptA)));

        Response applied = instructor.form().formParam("to", v2.contentHash()).post("/instructor/quizzes/" + v1.id() + "/regrade");
        assertEquals(303, applied.statusCode());
        assertTrue(applied.getHeader("Location").contains("/instructor/quizzes/" + v1.id() + "/regrade?done="),
                applied.getHeader("Location"));
        Attempt regradedA = fresh(() -> Attempt.<Attempt>findById(attemptA));
        assertEquals(0, new BigDecimal("2").compareTo(regradedA.scorePoints));
        assertEquals(0, new BigDecimal("20").compareTo(regradedA.scorePercent));
        assertEquals(v1.contentHash(), regradedA.contentHash);
        assertEquals(v2.contentHash(), regradedA.gradedHash);
        assertNotNull(regradedA.regradedAt);
        assertEquals(0, BigDecimal.ZERO.compareTo(score(attemptB)));
        List<Regrade> history = fresh(() -> Regrade.ofQuiz(v1.id()));
        assertEquals(1, history.size());
        assertEquals(2, history.get(0).attempts);
        assertEquals(v2.contentHash(), history.get(0).toHash);
        assertEquals(2L, fresh(() -> RegradeChange.count("regradeId", history.get(0).id)));
        assertEquals(1, fresh(() -> AuditEntry.<AuditEntry>list("attemptId = ?1 and action = 'REGRADE'", attemptA).size()));

        String after = instructor.http().get("/instructor/quizzes/" + v1.id() + "/regrade?done=" + history.get(0).id)
                .then().statusCode(200).extract().asString();
        assertTrue(after.contains("id=\"regrade-done\""), after);
        assertTrue(after.contains("이전 정답으로 채점된 응시 0회 중 점수가 바뀌는 응시 0회"), after);
        assertTrue(after.contains("<td>" + instructor.username + "</td><td><code>" + v2.contentHash().substring(0, 12)
                + "</code></td><td>2</td>"), after);
        // Applying again finds nothing left to regrade.
        Response again = instructor.form().formParam("to", v2.contentHash()).post("/instructor/quizzes/" + v1.id() + "/regrade");
        assertEquals(303, again.statusCode());
        assertTrue(again.getHeader("Location").endsWith("/regrade"), again.getHeader("Location"));
        assertEquals(1, fresh(() -> Regrade.ofQuiz(v1.id()).size()));

        // The exports show the current score and that it was regraded.
        CSVRecord attemptRow = csv(instructor, "attempts", v1).stream()
                .filter(r -> r.get("attempt_id").equals(String.valueOf(attemptA))).findFirst().orElseThrow();
        assertEquals("2", attemptRow.get("score_points"));
        assertEquals(v1.contentHash(), attemptRow.get("quiz_version"));
        assertEquals(v2.contentHash(), attemptRow.get("graded_version"));
        assertTrue(attemptRow.get("regraded_at").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00"), attemptRow.get("regraded_at"));
        CSVRecord gradeRow = csv(instructor, "grades", v1).stream().filter(r -> r.get("username").equals(a.username))
                .findFirst().orElseThrow();
        assertEquals("last", gradeRow.get("policy"));
        assertEquals("20", gradeRow.get("score_percent"));
        assertEquals("true", gradeRow.get("regraded"));
        List<CSVRecord> responses = csv(instructor, "responses", v1).stream()
                .filter(r -> r.get("attempt_id").equals(String.valueOf(attemptA))).toList();
        CSVRecord tf = responses.stream().filter(r -> r.get("question_id").equals("tf")).findFirst().orElseThrow();
        assertEquals("1", tf.get("score"));
        assertEquals("true", tf.get("correct"));
        // The text the student saw beside the stable code.
        CSVRecord single = responses.stream().filter(r -> r.get("question_id").equals("single")).findFirst().orElseThrow();
        assertEquals("CANN", single.get("answer"));
        assertEquals("a", single.get("answer_code"));
    }

    private static long take(SignedIn student, Quiz quiz, Map<String, String> answers) {
        long id = student.start(quiz.id());
        answers.forEach((question, value) -> student.saveQuestion(id, question, Map.of("q." + question, value))
                .then().statusCode(200));
        assertEquals(303, student.submit(id).statusCode());
        return id;
    }

    private static BigDecimal score(long attemptId) {
        return fresh(() -> Attempt.<Attempt>findById(attemptId).scorePoints);
    }

    /** Read in a transaction of its own, so nothing cached from an earlier read is seen. */
    private static <T> T fresh(java.util.concurrent.Callable<T> read) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(read);
    }

    private static String row(String page, long attemptId) {
        int at = page.indexOf("<tr id=\"change-" + attemptId + "\">");
        assertTrue(at > 0, "no change row for attempt " + attemptId + ": " + page);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static List<CSVRecord> csv(SignedIn instructor, String kind, Quiz quiz) throws IOException {
        String body = instructor.http().get("/instructor/export/" + kind + ".csv?bom=false&quiz=" + quiz.id()).then()
                .statusCode(200).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }
}
