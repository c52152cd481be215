package dev.quizmark.attempt;

import dev.quizmark.support.SignedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Browser;
import dev.quizmark.support.ClassBrowser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 12: time that is visible (warnings, the time-up banner, the result after it), the navigator with flags, typing checks. */
@QuarkusTest
class AttemptTimeAndNavigatorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser(true);

    private Browser browser() {
        return chromium.at(base);
    }

    private static long start(Browser b, Quiz quiz) {
        b.open("/quizzes/" + quiz.id());
        b.driver.findElement(By.xpath("//button[normalize-space()='응시 시작']")).click();
        b.waitFor(d -> b.path().matches("/attempts/\\d+.*"));
        return Long.parseLong(b.path().replaceAll("/attempts/(\\d+).*", "$1"));
    }

    private static void deadlineIn(long attemptId, Duration left) {
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("deadline = ?1 where id = ?2", Instant.now().plus(left), attemptId));
    }

    private static String text(Browser b, String id) {
        return b.driver.findElement(By.id(id)).getText();
    }

    @Test
    void warningsAndTimeUpAreVisibleThenTheResultFollows() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(20))));
        SignedIn student = SignedIn.newStudent();
        Browser b = browser();
        b.signIn(student.username, student.password);
        b.open("/quizzes/" + quiz.id());
        assertTrue(b.driver.findElement(By.tagName("main")).getText().contains("20분"), "the limit reads as minutes");
        assertFalse(b.driver.findElement(By.tagName("main")).getText().contains("20:00"));
        long id = start(b, quiz);
        b.driver.findElement(By.cssSelector("label[for=q-tf-true]")).click();
        b.waitFor(d -> text(b, "q-tf-state").startsWith("저장됨"));

        deadlineIn(id, Duration.ofSeconds(64));
        b.driver.navigate().refresh();
        b.waitFor(d -> text(b, "timer-alert").equals("1분 남았습니다. 답을 확인하세요."));
        assertTrue(b.driver.findElement(By.id("timer-alert")).isDisplayed());
        assertEquals("assertive", b.driver.findElement(By.id("timer-alert")).getAttribute("aria-live"));
        b.assertAccessible("the attempt page with a time warning");

        // The last answer goes out while the server is unreachable; time runs out; the server comes back in the grace period.
        ChromeDriver chrome = (ChromeDriver) b.driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/questions/*")));
        b.driver.findElement(By.id("q-short-answer")).sendKeys("Aider");
        b.waitFor(d -> text(b, "q-short-state").startsWith("아직 저장되지 않았습니다"));
        deadlineIn(id, Duration.ofSeconds(4));
        ((JavascriptExecutor) b.driver).executeScript(
                "window.addEventListener('beforeunload', function (e) { e.stopImmediatePropagation(); }, true);");
        b.driver.navigate().refresh();
        b.waitFor(d -> text(b, "timer-alert").equals("시간이 끝났습니다. 저장된 답안으로 제출됩니다."));
        assertTrue(b.driver.findElement(By.id("timer-alert")).isDisplayed(), "the banner is visible, not only announced");
        assertFalse(b.driver.findElement(By.cssSelector(".actions button[value=submit]")).isEnabled(), "no live-looking buttons");
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> b.path().endsWith("/attempts/" + id + "/review"));
        String page = text(b, "score-line");
        assertTrue(page.contains("10점 만점에 2점"), "the answer queued at the end was saved before the submission: " + page);
        assertTrue(b.driver.findElement(By.tagName("main")).getText().contains("자동 제출"));
    }

    @Test
    void navigatorShowsAnsweredAndFlaggedQuestionsOnEveryPageAndJumps() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.shuffledPaged(3)));
        SignedIn student = SignedIn.newStudent();
        Browser b = browser();
        b.signIn(student.username, student.password);
        long id = start(b, quiz);
        List<WebElement> nav = b.driver.findElements(By.cssSelector(".navigator .nav-q"));
        assertEquals(8, nav.size(), "every question of the attempt, not only this page's");
        WebElement first = b.driver.findElement(By.cssSelector("fieldset.question"));
        String qid = first.getAttribute("data-question");
        b.driver.findElement(By.id("q-" + qid + "-flag")).click();
        b.waitFor(d -> "true".equals(d.findElement(By.id("q-" + qid + "-flag")).getAttribute("aria-pressed")));
        b.waitFor(d -> d.findElement(By.id("nav-" + qid)).getAttribute("class").contains("flagged"));

        // A question on another page: the button saves this page and opens that one at the question.
        WebElement other = b.driver.findElements(By.cssSelector(".navigator .nav-q")).stream()
                .filter(e -> e.getAttribute("data-here") == null).findFirst().orElseThrow();
        String otherId = other.getAttribute("data-question");
        other.sendKeys(Keys.ENTER);
        b.waitFor(d -> b.path().contains("page=") && !d.findElements(By.id("q-" + otherId)).isEmpty());
        assertTrue(b.path().endsWith("#q-" + otherId), b.path());
        assertTrue(b.driver.findElement(By.id("nav-" + qid)).getAttribute("class").contains("flagged"), "flags are kept by the server");
        b.assertAccessible("the attempt page with the navigator");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) Attempt.getEntityManager()
                .createNativeQuery("select count(*) from question_flag where attempt_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue()));
    }

    @Test
    void numericAndOrderingAnswersAreCheckedWhileTyping() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        Browser b = browser();
        b.signIn(student.username, student.password);
        start(b, quiz);
        WebElement numeric = b.driver.findElement(By.id("q-numeric-answer"));
        numeric.sendKeys("6850억");
        b.waitFor(d -> text(b, "q-numeric-warning").startsWith("숫자만 입력하세요"));
        assertEquals("true", numeric.getAttribute("aria-invalid"));
        numeric.clear();
        numeric.sendKeys("1,000");
        b.waitFor(d -> text(b, "q-numeric-warning").isEmpty());
        numeric.clear();
        numeric.sendKeys("1.5e3");
        b.waitFor(d -> text(b, "q-numeric-warning").isEmpty());

        new Select(b.driver.findElement(By.id("q-ordering-1"))).selectByValue("2");
        new Select(b.driver.findElement(By.id("q-ordering-2"))).selectByValue("2");
        b.waitFor(d -> text(b, "q-ordering-warning").startsWith("다른 항목과 같은 순서를 골랐습니다"));
        new Select(b.driver.findElement(By.id("q-ordering-2"))).selectByValue("1");
        b.waitFor(d -> text(b, "q-ordering-warning").isEmpty());
    }

    @Test
    void withoutJavaScriptFlagsAndTheNavigatorSaveThePageFirst() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.shuffledPaged(3)));
        SignedIn student = SignedIn.newStudent();
        try (Browser plain = new Browser(base.toString(), false)) {
            plain.signIn(student.username, student.password);
            long id = start(plain, quiz);
            assertTrue(plain.driver.findElement(By.tagName("noscript")).getAttribute("textContent").contains("[저장]"));
            WebElement first = plain.driver.findElement(By.cssSelector("fieldset.question"));
            String qid = first.getAttribute("data-question");
            plain.driver.findElement(By.id("q-" + qid + "-flag")).click();
            plain.waitFor(d -> "true".equals(d.findElement(By.id("q-" + qid + "-flag")).getAttribute("aria-pressed")));
            WebElement text = plain.driver.findElements(By.cssSelector("fieldset.question input[type=text]")).stream()
                    .findFirst().orElse(null);
            String textQuestion = text == null ? null : text.findElement(By.xpath("ancestor::fieldset")).getAttribute("data-question");
            if (text != null) {
                text.sendKeys("12");
            }
            WebElement other = plain.driver.findElements(By.cssSelector(".navigator .nav-q")).stream()
                    .filter(e -> e.getAttribute("data-here") == null).findFirst().orElseThrow();
            String otherId = other.getAttribute("data-question");
            // The keyboard, as a student tabbing to it would: a pointer click can land on the sticky time bar
            // when the driver scrolls the button just under it.
            other.sendKeys(Keys.ENTER);
            plain.waitFor(d -> !d.findElements(By.id("q-" + otherId)).isEmpty());
            if (textQuestion != null) {
                assertTrue(QuarkusTransaction.requiringNew().call(() -> QuestionResponse.ofAttempt(id).stream()
                        .anyMatch(r -> r.questionId.equals(textQuestion) && r.answerJson.contains("12"))),
                        "jumping away saved the page's answer");
            }
        }
    }
}
