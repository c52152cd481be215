package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exports parsed back with commons-csv and compared with what the database holds. */
@QuarkusTest
class ScoreCsvExportTest {

    private static final String TRICKY_NAME = "=HYPERLINK(\"http://x\",\"김, \"\"민수\"\"\")\n둘째 줄";

    @Inject
    QuizCatalog catalog;

    private String group;
    private Account tricky;
    private Account plain;
    private Quiz quiz;

    @BeforeEach
    void seed() {
        quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        group = "g-" + UUID.randomUUID().toString().substring(0, 6);
        tricky = Accounts.student(TRICKY_NAME, group);
        plain = Accounts.student("+82 이영희", group);
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        ResultFixtures.submitted(tricky, quiz.id(), quiz.contentHash(), 40, t, "q-a", "[\"@SUM(A1)\",\"b\"]");
        ResultFixtures.submitted(tricky, quiz.id(), quiz.contentHash(), 80, t.plusSeconds(3600), "q-a", "[\"-3\"]");
        ResultFixtures.submitted(plain, quiz.id(), quiz.contentHash(), 70, t.plusSeconds(7200), "q-a", "[\"서울\"]");
    }

    private Response export(String kind, String query) {
        return given().cookie("quizmark-session", SignedIn.instructor().session)
                .get("/instructor/export/" + kind + ".csv?group=" + group + "&" + query);
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    @Test
    void gradesBestPolicyWithBomCrlfAndNeutralisedFormulas() throws IOException {
        Response response = export("grades", "policy=best&quiz=" + quiz.id());
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"quizmark-grades-deepseek-r2-delay-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFFquiz_id,username,display_name,student_number,group,attempts,policy,score_percent,passed,last_submitted_at\r\n"));
        List<CSVRecord> rows = parse(body.substring(1));
        assertEquals(2, rows.size());
        CSVRecord trickyRow = rows.stream().filter(r -> r.get("username").equals(tricky.username)).findFirst().orElseThrow();
        assertEquals("'" + TRICKY_NAME, trickyRow.get("display_name"));
        assertEquals("2", trickyRow.get("attempts"));
        assertEquals("80", trickyRow.get("score_percent"));
        assertEquals("true", trickyRow.get("passed"));
        assertEquals("2026-03-02T11:00:00+09:00", trickyRow.get("last_submitted_at"));
        CSVRecord plainRow = rows.stream().filter(r -> r.get("username").equals(plain.username)).findFirst().orElseThrow();
        assertEquals("'+82 이영희", plainRow.get("display_name"));
    }

    @Test
    void gradePoliciesLastAndAverage() throws IOException {
        CSVRecord last = parse(export("grades", "policy=last&bom=false").asString()).stream()
                .filter(r -> r.get("username").equals(tricky.username)).findFirst().orElseThrow();
        assertEquals("80", last.get("score_percent"));
        CSVRecord average = parse(export("grades", "policy=average&bom=false").asString()).stream()
                .filter(r -> r.get("username").equals(tricky.username)).findFirst().orElseThrow();
        assertEquals("60", average.get("score_percent"));
        assertEquals("", average.get("passed"));
    }

    @Test
    void attemptsMatchTheDatabase() throws IOException {
        List<CSVRecord> rows = parse(export("attempts", "bom=false").asString());
        List<Attempt> stored = Attempt.list("accountId in ?1 order by id", List.of(tricky.id, plain.id));
        assertEquals(stored.size(), rows.size());
        for (Attempt attempt : stored) {
            CSVRecord row = rows.stream().filter(r -> r.get("attempt_id").equals(attempt.id.toString())).findFirst().orElseThrow();
            assertEquals(attempt.scorePercent.stripTrailingZeros().toPlainString(), row.get("score_percent"));
            assertEquals(attempt.contentHash, row.get("quiz_version"));
            assertEquals("600", row.get("duration_seconds"));
            assertEquals(group, row.get("group"));
        }
    }

    @Test
    void responsesKeepAnswersAsTextAndNeutraliseThem() throws IOException {
        List<CSVRecord> rows = parse(export("responses", "bom=false").asString());
        assertEquals(3, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("answer").equals("'@SUM(A1); b")));
        assertTrue(rows.stream().anyMatch(r -> r.get("answer").equals("'-3")));
        assertTrue(rows.stream().anyMatch(r -> r.get("answer").equals("서울")));
    }

    @Test
    void responsesMatchTheDatabaseColumnByColumn() throws IOException {
        List<CSVRecord> rows = parse(export("responses", "bom=false&quiz=" + quiz.id()).asString());
        List<Attempt> attempts = Attempt.list("accountId in ?1 order by id", List.of(tricky.id, plain.id));
        List<QuestionResponse> stored = QuestionResponse.list("attemptId in ?1 order by id",
                attempts.stream().map(a -> a.id).toList());
        assertEquals(stored.size(), rows.size());
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
        for (QuestionResponse response : stored) {
            CSVRecord row = rows.stream().filter(r -> r.get("attempt_id").equals(response.attemptId.toString())).findFirst()
                    .orElseThrow();
            Account owner = response.attemptId.equals(attempts.get(2).id) ? plain : tricky;
            assertEquals(quiz.id(), row.get("quiz_id"));
            assertEquals(owner.username, row.get("username"));
            assertEquals(owner.studentNumber, row.get("student_number"));
            assertEquals(group, row.get("group"));
            assertEquals(response.questionId, row.get("question_id"));
            assertEquals(response.score.stripTrailingZeros().toPlainString(), row.get("score"));
            assertEquals(response.maxScore.stripTrailingZeros().toPlainString(), row.get("max_score"));
            assertEquals(String.valueOf(response.correct), row.get("correct"));
            assertEquals(iso.format(response.savedAt.atZone(java.time.ZoneId.of("Asia/Seoul"))), row.get("saved_at"));
        }
        // The columns docs/csv-export.md promises, in its order.
        assertEquals(List.of("attempt_id", "quiz_id", "username", "student_number", "group", "question_id", "answer", "score",
                "max_score", "correct", "saved_at"), List.copyOf(rows.get(0).getParser().getHeaderNames()));
    }

    @Test
    void attemptNamesAndTimesSurviveTheRoundTrip() throws IOException {
        List<CSVRecord> rows = parse(export("attempts", "bom=false").asString());
        assertEquals(List.of("attempt_id", "quiz_id", "username", "display_name", "student_number", "group", "started_at",
                "submitted_at", "duration_seconds", "auto_submitted", "score_points", "max_points", "score_percent", "passed",
                "quiz_version"), List.copyOf(rows.get(0).getParser().getHeaderNames()));
        CSVRecord first = rows.stream().filter(r -> r.get("username").equals(tricky.username)).findFirst().orElseThrow();
        // The multi-line, comma- and quote-laden name comes back exactly, behind the formula guard.
        assertEquals("'" + TRICKY_NAME, first.get("display_name"));
        assertEquals("2026-03-02T09:50:00+09:00", first.get("started_at"));
        assertEquals("2026-03-02T10:00:00+09:00", first.get("submitted_at"));
        assertEquals("false", first.get("auto_submitted"));
        assertEquals("4", first.get("score_points"));
        assertEquals("10", first.get("max_points"));
        assertEquals("false", first.get("passed"));
    }

    @Test
    void badFiltersAreA400WithTheReason() {
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/export/grades.csv?from=yesterday")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("from: expected a date like 2025-10-01"));
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/export/everything.csv")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("kind: unknown value"));
    }
}
