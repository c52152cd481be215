package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Browser;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 12, without JavaScript: the header of an attempt page is made of buttons of the attempt form, so leaving
 * through it (quiz list, language, sign-out) saves what was typed first instead of dropping it silently.
 */
@QuarkusTest
class LeavingAttemptBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static WebElement header(Browser b, String text) {
        return b.driver.findElement(By.xpath("//header[@class='site']//button[normalize-space()='" + text + "']"));
    }

    private static String shortAnswer(Browser b) {
        return b.driver.findElement(By.name("q.short")).getAttribute("value");
    }

    @Test
    void headerButtonsSaveTheAnswersBeforeTheyLeave() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        try (Browser b = new Browser(base.toString(), false)) {
            b.signIn(student.username, student.password);
            b.open("/quizzes/" + quiz.id());
            b.driver.findElement(By.xpath("//button[normalize-space()='응시 시작']")).click();
            b.waitFor(d -> b.path().matches("/attempts/\\d+.*"));
            String attempt = b.path().replaceAll("(/attempts/\\d+).*", "$1");
            assertTrue(b.driver.findElement(By.tagName("main")).getText().contains("위쪽 메뉴를 누를 때 저장됩니다"),
                    "the no-script note says the menu saves");

            // The quiz list link of the header: typed, not saved with [저장], then left.
            b.driver.findElement(By.name("q.short")).sendKeys("첫 답");
            header(b, "퀴즈").click();
            b.waitFor(d -> !b.path().startsWith("/attempts/"));
            b.open(attempt);
            assertEquals("첫 답", shortAnswer(b), "the answer typed before leaving through the header was saved");

            // The language switch: saved, and back on the same attempt page in English.
            b.driver.findElement(By.name("q.short")).clear();
            b.driver.findElement(By.name("q.short")).sendKeys("두 번째 답");
            b.driver.findElement(By.xpath("//header[@class='site']//button[@lang='en']")).click();
            b.waitFor(d -> b.path().startsWith(attempt) && d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
            assertEquals("두 번째 답", shortAnswer(b));
            b.screenshot("attempt-no-javascript-en");

            // Sign-out from the header: saved, then signed out.
            b.driver.findElement(By.name("q.short")).clear();
            b.driver.findElement(By.name("q.short")).sendKeys("세 번째 답");
            b.driver.findElement(By.xpath("//header[@class='site']//button[normalize-space()='Log out' or normalize-space()='Sign out' or normalize-space()='로그아웃']")).click();
            b.waitFor(d -> b.path().startsWith("/login"));
            b.signIn(student.username, student.password);
            b.open(attempt);
            assertEquals("세 번째 답", shortAnswer(b), "the answer typed before signing out was saved");

            // The result prints as content only: no menu, no buttons.
            b.open(attempt + "/submit");
            b.driver.findElement(By.id("submit-attempt")).click();
            b.waitFor(d -> b.path().endsWith("/review"));
            assertTrue(b.driver.findElement(By.cssSelector("header.site")).isDisplayed());
            ((org.openqa.selenium.chromium.HasCdp) b.driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            assertTrue(!b.driver.findElement(By.cssSelector("header.site")).isDisplayed()
                    && !b.driver.findElement(By.cssSelector(".review-actions")).isDisplayed(), "menus and actions are not printed");
            assertTrue(b.driver.findElement(By.id("score-line")).isDisplayed(), "the score is printed");
        }
    }
}
