package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Grading;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Students take a fixture quiz (10 points) through the app; the instructor's results page then counts one graded
 * result per student by the quiz's grading method, and opens a student's own result page read-only.
 */
@QuarkusTest
class InstructorResultsFlowTest {

    FixtureQuizzes.Folder catalog;

    @BeforeEach
    void installCatalog() {
        catalog = FixtureQuizzes.folder();
    }

    /** Attempts: A scores 2 then 1 point (20 %, 10 %), B scores 3 points (30 %) once. */
    private record Taken(SignedIn a, SignedIn b, long aFirst, long aSecond, long bOnly) {
    }

    private Taken takeAttempts(Quiz quiz) {
        SignedIn a = SignedIn.newStudent();
        SignedIn b = SignedIn.newStudent();
        long aFirst = attempt(a, quiz, Map.of("short", "Aider", "numeric", "71.6"));
        long aSecond = attempt(a, quiz, Map.of("short", "Aider"));
        long bOnly = attempt(b, quiz, Map.of("short", "Aider", "numeric", "71.6", "tf", "true"));
        return new Taken(a, b, aFirst, aSecond, bOnly);
    }

    /** Saves the given questions' answers (question id → value) and submits. */
    private static long attempt(SignedIn student, Quiz quiz, Map<String, String> answers) {
        long id = student.start(quiz.id());
        answers.forEach((question, value) ->
                student.saveQuestion(id, question, Map.of("q." + question, value)).then().statusCode(200));
        assertEquals(303, student.submit(id).statusCode());
        return id;
    }

    private static String instructorSession() {
        String session = SignIn.session(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        assertNotNull(session);
        return session;
    }

    private static String resultsPage(Quiz quiz, String query) {
        return given().cookie("quizmark-session", instructorSession()).get("/instructor/quizzes/" + quiz.id() + query)
                .then().statusCode(200).extract().asString();
    }

    @Test
    void lastAttemptGradingCountsOneResultPerStudent() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.grading(Grading.LAST)));
        takeAttempts(quiz);
        String page = resultsPage(quiz, "");
        // Last attempts: A 10 %, B 30 %.
        assertTrue(page.contains("마지막 응시"), page);
        assertTrue(page.contains("학생 2명, 제출된 응시 3회"), page);
        assertEquals("20 %", statistic(page, "평균"));
        assertEquals("20 %", statistic(page, "중앙값"));
        assertEquals("14.1 %", statistic(page, "표준편차"));
        assertEquals("0 %", statistic(page, "통과율"));
        assertEquals("2", statistic(page, "제출 학생"));
        // The histogram's table counts students per band.
        assertTrue(page.contains("<tr><td>10–19</td><td>1</td></tr>"), page);
        assertTrue(page.contains("<tr><td>20–29</td><td>0</td></tr>"), page);
        assertTrue(page.contains("<tr><td>30–39</td><td>1</td></tr>"), page);
        // Scores as points of the maximum and percent.
        assertTrue(page.contains("1 / 10 · 10 %"), page);
        assertTrue(page.contains("2 / 10 · 20 %"), page);
    }

    @Test
    void bestIsTheDefaultAndItemStatisticsUseFirstAttemptsUnlessAllAreChosen() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        takeAttempts(quiz);
        String page = resultsPage(quiz, "");
        assertTrue(page.contains("최고 점수"), page);
        assertEquals("25 %", statistic(page, "평균"));
        // numeric: right in A's first and B's attempt, wrong in A's second.
        assertTrue(itemRow(page, "numeric").contains("<td>1.00</td>"), itemRow(page, "numeric"));
        assertTrue(itemRow(page, "tf").contains("<td>0.50</td>"), itemRow(page, "tf"));
        String all = resultsPage(quiz, "?items=all");
        assertTrue(itemRow(all, "numeric").contains("<td>0.67</td>"), itemRow(all, "numeric"));
        assertTrue(itemRow(all, "tf").contains("<td>0.33</td>"), itemRow(all, "tf"));
        assertTrue(all.contains("<option value=\"all\" selected>"), all);
        given().cookie("quizmark-session", instructorSession()).get("/instructor/quizzes/" + quiz.id() + "?items=some")
                .then().statusCode(400).body(containsString("items"));
    }

    @Test
    void averageGradingUsesTheMeanOfEachStudentsAttempts() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.grading(Grading.AVERAGE)));
        takeAttempts(quiz);
        String page = resultsPage(quiz, "");
        // A: (20 + 10) / 2 = 15 %, B: 30 % → mean 22.5 %.
        assertTrue(page.contains("평균으로"), page);
        assertEquals("22.5 %", statistic(page, "평균"));
    }

    @Test
    void aQuizWithoutSubmissionsShowsDashesNotZeros() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        String page = resultsPage(quiz, "");
        assertEquals("—", statistic(page, "평균"));
        assertEquals("—", statistic(page, "표준편차"));
        assertEquals("—", statistic(page, "통과율"));
    }

    @Test
    void instructorOpensTheStudentsOwnResultPageReadOnly() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        Taken taken = takeAttempts(quiz);
        String results = resultsPage(quiz, "");
        assertTrue(results.contains("href=\"/instructor/attempts/" + taken.bOnly() + "/review\""), results);
        given().cookie("quizmark-session", instructorSession()).get("/instructor/attempts/" + taken.bOnly() + "/review")
                .then().statusCode(200)
                .body(containsString("Student " + taken.b().username + " (" + taken.b().username + ") 학생의 결과 화면 (읽기 전용)"))
                .body(containsString("10점 만점에 3점 (30%)"))
                .body(containsString("EXPLAIN-tf"))
                .body(containsString("href=\"/instructor/attempts/" + taken.bOnly() + "\""))
                .body(not(containsString("action=\"/attempts/")));
        // Students cannot open it, not even their own; an attempt still in progress has no result page.
        taken.b().http().get("/instructor/attempts/" + taken.bOnly() + "/review").then().statusCode(403);
        long open = taken.a().start(quiz.id());
        given().cookie("quizmark-session", instructorSession()).get("/instructor/attempts/" + open + "/review")
                .then().statusCode(404);
    }

    /** The value of a statistic in the page's definition list. */
    private static String statistic(String page, String label) {
        Matcher m = Pattern.compile("<dt>" + Pattern.quote(label) + "</dt><dd>([^<]*)</dd>").matcher(page);
        assertTrue(m.find(), "no " + label + " on the page");
        return m.group(1);
    }

    /** The item statistics row of a question. */
    private static String itemRow(String page, String questionId) {
        int at = page.indexOf("<span class=\"muted\">#" + questionId + "</span>");
        assertTrue(at > 0, "no row for " + questionId);
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
