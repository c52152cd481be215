package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.Browser;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** In Chromium, an instructor goes from a quiz's results to a student's own result page and back. */
@QuarkusTest
class StudentViewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void instructorOpensAStudentsResultPage() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long attempt = student.start(quiz.id());
        student.saveQuestion(attempt, "short", Map.of("q.short", "Aider")).then().statusCode(200);
        assertEquals(303, student.submit(attempt).statusCode());

        try (Browser browser = new Browser(base.toString(), true)) {
            browser.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
            browser.open("/instructor/quizzes/" + quiz.id());
            browser.driver.findElement(By.cssSelector("a[href='/instructor/attempts/" + attempt + "/review']")).click();
            browser.waitFor(d -> browser.path().equals("/instructor/attempts/" + attempt + "/review"));
            String banner = browser.driver.findElement(By.id("student-view")).getText();
            assertTrue(banner.contains("Student " + student.username + " (" + student.username + ")"), banner);
            assertTrue(browser.driver.findElement(By.id("score-line")).getText().contains("10점 만점에 1점"));
            browser.assertAccessible("student view for instructors");
            browser.driver.findElement(By.linkText("응시 상세로 돌아가기")).click();
            browser.waitFor(d -> browser.path().equals("/instructor/attempts/" + attempt));
        }
    }
}
