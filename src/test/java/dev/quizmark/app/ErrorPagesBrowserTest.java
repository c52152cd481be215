package dev.quizmark.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.Accounts;
import dev.quizmark.support.Browser;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 12 in Chromium: an upload above the limit shows the page that names the limit (the browser could finish
 * sending, so it shows the answer), and a server error shows its localized page; both fit a 390 px phone and
 * pass axe-core.
 */
@QuarkusTest
class ErrorPagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static void fitsAPhone(Browser b, String page) {
        b.driver.manage().window().setSize(new Dimension(390, 900));
        long width = (Long) ((JavascriptExecutor) b.driver).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= 390, page + " is " + width + " px wide on a 390 px phone");
        b.assertAccessible(page);
        b.driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void anUploadAboveTheLimitAndAServerErrorShowLocalizedPages() throws Exception {
        Path big = Files.createTempFile("roster-", ".csv");
        try (Browser b = new Browser(base.toString(), true)) {
            Files.write(big, new byte[11 * 1024 * 1024]);
            b.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
            b.open("/instructor/accounts/import");
            b.driver.findElement(By.id("file")).sendKeys(big.toString());
            b.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            // textToBe rides out the form page going stale while the upload is sent.
            b.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.tagName("h1"), "보낸 내용이 너무 큽니다"));
            assertTrue(b.driver.findElement(By.cssSelector("[data-status='413']")).getText().contains("10 MB"));
            fitsAPhone(b, "the 413 page");

            ErrorPagesTest.BrokenAttempt broken = ErrorPagesTest.BrokenAttempt.withStoredAnswer("[");
            SignedIn student = broken.student();
            long attempt = broken.attempt();
            b.signIn(student.username, student.password);
            b.open("/attempts/" + attempt);
            assertEquals("서버에 문제가 생겼습니다", b.driver.findElement(By.tagName("h1")).getText());
            assertTrue(b.driver.findElement(By.id("error-id")).getText().matches("오류 번호: [0-9a-f]{8}"));
            fitsAPhone(b, "the 500 page");
        } finally {
            Files.deleteIfExists(big);
        }
    }
}
