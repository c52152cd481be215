package dev.quizmark.accommodation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptService;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.Browser;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The instructor's tools in Chromium: an accommodation giving one student twice the time (then enforced by the
 * server), and a regrade after a key fix (dry run, apply, CSV); the statistics page of the same quiz.
 */
@QuarkusTest
class InstructorToolsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AttemptService attempts;

    private static Attempt attempt(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(id));
    }

    @Test
    void anInstructorGivesOneStudentDoubleTimeAndTheServerEnforcesIt() {
        FixtureQuizzes.Folder folder = FixtureQuizzes.folder();
        Quiz quiz = folder.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(10))));
        SignedIn slow = SignedIn.newStudent();
        SignedIn other = SignedIn.newStudent();
        try (Browser browser = new Browser(base.toString(), true)) {
            browser.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
            browser.open("/instructor/accommodations");
            browser.driver.findElement(By.id("a-username")).sendKeys(slow.username);
            new Select(browser.driver.findElement(By.id("a-quiz"))).selectByValue(quiz.id());
            browser.driver.findElement(By.id("a-multiplier")).sendKeys("2");
            browser.driver.findElement(By.id("a-reason")).sendKeys("진단서");
            browser.driver.findElement(By.cssSelector("form[action='/instructor/accommodations'] button[type=submit]")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("done=saved"));
            String table = browser.driver.findElement(By.id("accommodations")).getText();
            assertTrue(table.contains("Student " + slow.username) && table.contains("제한 시간 ×2") && table.contains("진단서"), table);
            browser.assertAccessible("accommodations");
        }
        long slowAttempt = slow.start(quiz.id());
        long otherAttempt = other.start(quiz.id());
        Attempt a = attempt(slowAttempt);
        assertEquals(Duration.ofMinutes(20), Duration.between(a.startedAt, a.deadline));
        assertEquals(Duration.ofMinutes(10), Duration.between(attempt(otherAttempt).startedAt, attempt(otherAttempt).deadline));
        // Twelve minutes in, a save is refused for the other student (time up, submitted for them) and taken for the
        // student with double time.
        Instant later = a.startedAt.plus(Duration.ofMinutes(12));
        attempts.load(otherAttempt, other.accountId, later);
        attempts.load(slowAttempt, slow.accountId, later);
        assertEquals(AttemptStatus.SUBMITTED, attempt(otherAttempt).status);
        assertEquals(AttemptStatus.IN_PROGRESS, attempt(slowAttempt).status);
        slow.saveQuestion(slowAttempt, "tf", Map.of("q.tf", "true")).then().statusCode(200);
    }

    @Test
    void aRegradeIsPreviewedAppliedAndExported() throws Exception {
        FixtureQuizzes.Folder folder = FixtureQuizzes.folder();
        Quiz v1 = folder.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(v1.id());
        student.saveQuestion(id, "tf", Map.of("q.tf", "false")).then().statusCode(200);
        student.saveQuestion(id, "single", Map.of("q.single", "1")).then().statusCode(200);
        assertEquals(303, student.submit(id).statusCode());
        Quiz v2 = folder.rewrite(v1, text -> text.replace("Answer: true", "Answer: false"));

        try (Browser browser = new Browser(base.toString(), true)) {
            browser.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
            browser.open("/instructor/quizzes/" + v1.id());
            browser.driver.findElement(By.cssSelector("a[href='/instructor/quizzes/" + v1.id() + "/regrade']")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/regrade"));
            String row = browser.driver.findElement(By.id("change-" + id)).getText();
            assertTrue(row.contains("Title tf #tf: 0 / 1 → 1 / 1"), row);
            assertTrue(row.contains("1 / 10 · 10 %") && row.contains("2 / 10 · 20 %"), row);
            browser.assertAccessible("regrade dry run");
            browser.driver.findElement(By.cssSelector("form[action='/instructor/quizzes/" + v1.id() + "/regrade'] button")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("done="));
            assertTrue(browser.driver.findElement(By.id("regrade-done")).isDisplayed());
            String history = browser.driver.findElement(By.id("regrade-history")).getText();
            assertTrue(history.contains(v2.contentHash().substring(0, 12)) && history.contains(Accounts.INSTRUCTOR), history);

            browser.open("/instructor/quizzes/" + v1.id() + "/statistics");
            assertTrue(browser.driver.findElement(By.cssSelector("svg.scatter")).isDisplayed());
            browser.assertAccessible("statistics");
        }
        assertEquals(0, attempt(id).scorePoints.compareTo(java.math.BigDecimal.valueOf(2)));
        String session = SignIn.session(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        String body = given().cookie("quizmark-session", session).get("/instructor/export/attempts.csv?bom=false&quiz=" + v1.id())
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertEquals(1, rows.size());
        assertEquals("2", rows.get(0).get("score_points"));
        assertEquals("20", rows.get(0).get("score_percent"));
        assertEquals(v2.contentHash(), rows.get(0).get("graded_version"));
        assertTrue(!rows.get(0).get("regraded_at").isEmpty());
    }
}
