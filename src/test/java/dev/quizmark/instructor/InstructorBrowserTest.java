package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An instructor signs in, opens a quiz's results and downloads the grades CSV, in headless Chromium. */
@QuarkusTest
class InstructorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    QuizCatalog catalog;

    @Test
    void instructorOpensResultsAndDownloadsTheCsv() throws IOException {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(FixtureQuizzes.titled("브라우저 결과 " + UUID.randomUUID())));
        Account student = Accounts.student("김하늘", "browser-group");
        // Everything right but the short answer and true/false: 8 of 10 points.
        TakenAttempts.takeFixture(TakenAttempts.student(student), quiz.id(), Map.of("q.short", "모름", "q.tf", "false"));
        Path downloads = Files.createTempDirectory("quizmark-downloads-");
        try (Browser browser = new Browser(base.toString(), true, downloads)) {
            browser.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
            browser.open("/instructor");
            browser.driver.findElement(By.linkText(quiz.title())).click();
            browser.waitFor(d -> browser.path().startsWith("/instructor/quizzes/" + quiz.id()));
            assertTrue(browser.driver.findElement(By.tagName("svg")).isDisplayed());
            assertTrue(browser.driver.getPageSource().contains("김하늘"));
            assertTrue(browser.driver.getPageSource().contains("8 / 10 · 80 %"));
            browser.assertAccessible("instructor results");
            browser.driver.findElement(By.linkText("성적(학생별)")).click();
            Path csv = browser.waitFor(d -> finishedCsv(downloads));
            String body = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(body.startsWith("\uFEFFquiz_id,username,"), body);
            assertTrue(body.contains("\r\n" + quiz.id() + "," + student.username + ",김하늘," + student.studentNumber
                    + ",browser-group,1,best,80,true,"), body);
            assertTrue(csv.getFileName().toString().startsWith("quizmark-grades-" + quiz.id() + "-"), csv.toString());
        }
    }

    /** The download, once Chromium has finished it: no partial file left and the CSV ends with a line break. */
    private static Path finishedCsv(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            List<Path> csv = all.stream().filter(p -> p.toString().endsWith(".csv")).toList();
            if (csv.size() != 1 || all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                return null;
            }
            return Files.readString(csv.get(0), StandardCharsets.UTF_8).endsWith("\r\n") ? csv.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
