package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.FixtureQuizzes;
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
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exports parsed back with commons-csv, from attempts two students took on a fixture quiz through the app (10
 * points, pass mark 60 %, grading best; see attempt/FixtureQuizFile). Every figure is worked out from the answers
 * given and written down; the attempts' times are moved to fixed instants after they were taken
 * ({@link TakenAttempts#movedTo}), so timestamps are literals too.
 */
@QuarkusTest
class ScoreCsvExportTest {

    private static final String TRICKY_NAME = "=HYPERLINK(\"http://x\",\"김, \"\"민수\"\"\")\n둘째 줄";

    /** Taken once for the class; the fixture file itself is removed after each test, the attempts stay. */
    private static String group;
    private static Account tricky;
    private static Account plain;
    private static Quiz quiz;
    /** tricky's 90 % and 20 % attempts, plain's 80 % one. */
    private static long trickyFirst;
    private static long trickySecond;
    private static long plainOnly;

    @BeforeEach
    void takeAttemptsOnce() {
        if (quiz != null) {
            return;
        }
        Quiz taken = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        group = "g-" + UUID.randomUUID().toString().substring(0, 6);
        tricky = Accounts.student(TRICKY_NAME, group);
        plain = Accounts.student("+82 이영희", group);
        SignedIn trickyStudent = TakenAttempts.student(tricky);
        // Everything right but the number: 9 of 10 points.
        trickyFirst = TakenAttempts.takeFixture(trickyStudent, taken.id(), Map.of("q.numeric", "71.7"));
        // Typed answers only: true/false right (1), one of the two cloze blanks right (1 of 2): 2 of 10 points.
        trickySecond = TakenAttempts.take(trickyStudent, taken.id(), Map.of("q.short", "@SUM(A1)", "q.numeric", "-3",
                "q.tf", "true", "q.cloze.1", "=1+1", "q.cloze.2", "400"));
        // Everything right but true/false and the short answer: 8 of 10 points.
        plainOnly = TakenAttempts.takeFixture(TakenAttempts.student(plain), taken.id(), Map.of("q.tf", "false", "q.short", "서울"));
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        TakenAttempts.movedTo(trickyFirst, t);
        TakenAttempts.movedTo(trickySecond, t.plusSeconds(3600));
        TakenAttempts.movedTo(plainOnly, t.plusSeconds(7200));
        quiz = taken;
    }

    private Response export(String kind, String query) {
        return given().cookie("quizmark-session", SignedIn.instructor().session)
                .get("/instructor/export/" + kind + ".csv?group=" + group + "&" + query);
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    private static CSVRecord rowOf(List<CSVRecord> rows, String column, Object value) {
        List<CSVRecord> found = rows.stream().filter(r -> r.get(column).equals(String.valueOf(value))).toList();
        assertEquals(1, found.size(), "one row with " + column + " " + value + " in " + rows);
        return found.get(0);
    }

    @Test
    void gradesBestPolicyWithBomCrlfAndNeutralisedFormulas() throws IOException {
        Response response = export("grades", "policy=best&quiz=" + quiz.id());
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"quizmark-grades-" + quiz.id() + "-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFFquiz_id,username,display_name,student_number,group,attempts,policy,score_percent,passed,last_submitted_at,regraded\r\n"));
        List<CSVRecord> rows = parse(body.substring(1));
        assertEquals(2, rows.size());
        CSVRecord trickyRow = rowOf(rows, "username", tricky.username);
        assertEquals("'" + TRICKY_NAME, trickyRow.get("display_name"));
        assertEquals("2", trickyRow.get("attempts"));
        assertEquals("best", trickyRow.get("policy"));
        assertEquals("90", trickyRow.get("score_percent"));
        assertEquals("true", trickyRow.get("passed"));
        assertEquals("2026-03-02T11:00:00+09:00", trickyRow.get("last_submitted_at"));
        assertEquals("false", trickyRow.get("regraded"));
        CSVRecord plainRow = rowOf(rows, "username", plain.username);
        assertEquals("'+82 이영희", plainRow.get("display_name"));
        assertEquals("1", plainRow.get("attempts"));
        assertEquals("80", plainRow.get("score_percent"));
        assertEquals("true", plainRow.get("passed"));
        assertEquals("2026-03-02T12:00:00+09:00", plainRow.get("last_submitted_at"));
    }

    @Test
    void gradePoliciesLastFirstAndAverage() throws IOException {
        // tricky: 90 % at 10:00, then 20 % at 11:00.
        CSVRecord last = rowOf(parse(export("grades", "policy=last&bom=false").asString()), "username", tricky.username);
        assertEquals("20", last.get("score_percent"));
        assertEquals("false", last.get("passed"));
        CSVRecord first = rowOf(parse(export("grades", "policy=first&bom=false").asString()), "username", tricky.username);
        assertEquals("90", first.get("score_percent"));
        assertEquals("true", first.get("passed"));
        CSVRecord average = rowOf(parse(export("grades", "policy=average&bom=false").asString()), "username", tricky.username);
        assertEquals("55", average.get("score_percent"));
        assertEquals("", average.get("passed"));
        // The quiz's own grading method (best) without policy=.
        CSVRecord own = rowOf(parse(export("grades", "bom=false").asString()), "username", tricky.username);
        assertEquals("best", own.get("policy"));
        assertEquals("90", own.get("score_percent"));
    }

    @Test
    void dateFiltersUseTheCourseTimeZone() throws IOException {
        // All three were submitted on 2 March in Seoul (10:00 to 12:00), which is still 1 March nowhere.
        assertEquals(3, parse(export("attempts", "bom=false&from=2026-03-02&to=2026-03-02").asString()).size());
        assertEquals(0, parse(export("attempts", "bom=false&from=2026-03-03").asString()).size());
        assertEquals(0, parse(export("attempts", "bom=false&to=2026-03-01").asString()).size());
    }

    @Test
    void attemptsHaveTheGradersScoresAndTheirTimes() throws IOException {
        List<CSVRecord> rows = parse(export("attempts", "bom=false").asString());
        assertEquals(List.of("attempt_id", "quiz_id", "username", "display_name", "student_number", "group", "started_at",
                "submitted_at", "duration_seconds", "auto_submitted", "score_points", "max_points", "score_percent", "passed",
                "quiz_version", "graded_version", "regraded_at", "live_session"), List.copyOf(rows.get(0).getParser().getHeaderNames()));
        assertEquals(3, rows.size());
        CSVRecord first = rowOf(rows, "attempt_id", trickyFirst);
        // The multi-line, comma- and quote-laden name comes back exactly, behind the formula guard.
        assertEquals("'" + TRICKY_NAME, first.get("display_name"));
        assertEquals(tricky.username, first.get("username"));
        assertEquals(tricky.studentNumber, first.get("student_number"));
        assertEquals(group, first.get("group"));
        assertEquals(quiz.id(), first.get("quiz_id"));
        assertEquals("2026-03-02T09:50:00+09:00", first.get("started_at"));
        assertEquals("2026-03-02T10:00:00+09:00", first.get("submitted_at"));
        assertEquals("600", first.get("duration_seconds"));
        assertEquals("false", first.get("auto_submitted"));
        assertEquals("9", first.get("score_points"));
        assertEquals("10", first.get("max_points"));
        assertEquals("90", first.get("score_percent"));
        assertEquals("true", first.get("passed"));
        assertEquals(quiz.contentHash(), first.get("quiz_version"));
        assertEquals(quiz.contentHash(), first.get("graded_version"));
        assertEquals("", first.get("regraded_at"));
        assertEquals("", first.get("live_session"));
        CSVRecord second = rowOf(rows, "attempt_id", trickySecond);
        assertEquals("2026-03-02T11:00:00+09:00", second.get("submitted_at"));
        assertEquals("2", second.get("score_points"));
        assertEquals("20", second.get("score_percent"));
        assertEquals("false", second.get("passed"));
        CSVRecord plainRow = rowOf(rows, "attempt_id", plainOnly);
        assertEquals("'+82 이영희", plainRow.get("display_name"));
        assertEquals("8", plainRow.get("score_points"));
        assertEquals("80", plainRow.get("score_percent"));
    }

    @Test
    void responsesAreWhatTheStudentsTypedScoredByTheGraderAndNeutralised() throws IOException {
        List<CSVRecord> rows = parse(export("responses", "bom=false&quiz=" + quiz.id()).asString());
        assertEquals(List.of("attempt_id", "quiz_id", "username", "student_number", "group", "question_id", "answer",
                "answer_code", "score", "max_score", "correct", "saved_at", "quiz_version"),
                List.copyOf(rows.get(0).getParser().getHeaderNames()));
        Map<String, CSVRecord> second = byQuestion(rows, trickySecond);
        // Every question of the attempt has a row; the four not answered are empty and earn nothing.
        assertEquals(java.util.Set.of("single", "multiple", "tf", "short", "numeric", "ordering", "matching", "cloze"),
                second.keySet());
        assertEquals(List.of("", "", "0", "1", "false"), cells(second.get("single")));
        assertEquals(List.of("", "", "0", "2", "false"), cells(second.get("multiple")));
        CSVRecord shortRow = second.get("short");
        assertEquals(List.of("'@SUM(A1)", "'@SUM(A1)", "0", "1", "false"), cells(shortRow));
        assertEquals(List.of("'-3", "'-3", "0", "1", "false"), cells(second.get("numeric")));
        // True/false is exported as the stored value in both columns, not the page's 참/거짓.
        assertEquals(List.of("true", "true", "1", "1", "true"), cells(second.get("tf")));
        // One blank of two right: half of the question's 2 points.
        assertEquals(List.of("(1) =1+1; (2) 400", "'=1+1; 400", "1", "2", "false"), cells(second.get("cloze")));
        assertEquals(quiz.id(), shortRow.get("quiz_id"));
        assertEquals(tricky.username, shortRow.get("username"));
        assertEquals(tricky.studentNumber, shortRow.get("student_number"));
        assertEquals(group, shortRow.get("group"));
        assertEquals("2026-03-02T10:59:00+09:00", shortRow.get("saved_at"));
        assertEquals(quiz.contentHash(), shortRow.get("quiz_version"));

        Map<String, CSVRecord> first = byQuestion(rows, trickyFirst);
        assertEquals(java.util.Set.of("single", "multiple", "tf", "short", "numeric", "ordering", "matching", "cloze"),
                first.keySet());
        assertEquals(List.of("CANN", "a", "1", "1", "true"), cells(first.get("single")));
        assertEquals(List.of("BF16; FP8", "a; b", "2", "2", "true"), cells(first.get("multiple")));
        assertEquals(List.of("Aider", "Aider", "1", "1", "true"), cells(first.get("short")));
        assertEquals(List.of("71.7", "71.7", "0", "1", "false"), cells(first.get("numeric")));
        assertEquals(List.of("(1) 128000; (2) 400", "128000; 400", "2", "2", "true"), cells(first.get("cloze")));
        assertEquals("2026-03-02T09:59:00+09:00", first.get("single").get("saved_at"));

        Map<String, CSVRecord> plainRows = byQuestion(rows, plainOnly);
        assertEquals(List.of("false", "false", "0", "1", "false"), cells(plainRows.get("tf")));
        assertEquals(List.of("서울", "서울", "0", "1", "false"), cells(plainRows.get("short")));
        assertEquals(3 * 8, rows.size());
    }

    private static Map<String, CSVRecord> byQuestion(List<CSVRecord> rows, long attemptId) {
        return rows.stream().filter(r -> r.get("attempt_id").equals(String.valueOf(attemptId)))
                .collect(java.util.stream.Collectors.toMap(r -> r.get("question_id"), r -> r));
    }

    /** answer, answer_code, score, max_score, correct. */
    private static List<String> cells(CSVRecord row) {
        return List.of(row.get("answer"), row.get("answer_code"), row.get("score"), row.get("max_score"), row.get("correct"));
    }

    @Test
    void badFiltersAreA400WithTheReason() {
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/export/grades.csv?from=yesterday")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("from: expected a date like 2025-10-01"));
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/export/everything.csv")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("kind: unknown value"));
    }
}
