package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.QuizSettings;
import dev.quizmark.support.Browser;
import dev.quizmark.support.ClassBrowser;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The student's side in a real browser: one shared headless Chromium for the class. */
@QuarkusTest
class AttemptBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser(true);

    Browser browser;

    FixtureQuizzes.Folder catalog;

    @AfterEach
    void forgetCatalog() {
        catalog = null;
    }

    private Quiz fixture(java.util.function.UnaryOperator<dev.quizmark.quiz.QuizSettings> settings) {
        if (catalog == null) {
            catalog = FixtureQuizzes.folder();
        }
        return catalog.add(FixtureQuizzes.quiz(settings));
    }

    @BeforeEach
    void openBrowser() {
        browser = chromium.at(base);
    }

    private long startFromQuizPage(Browser b, Quiz quiz) {
        b.open("/quizzes/" + quiz.id());
        b.driver.findElement(By.xpath("//button[normalize-space()='응시 시작' or normalize-space()='이어서 풀기']")).click();
        b.waitFor(d -> b.path().matches("/attempts/\\d+.*"));
        return Long.parseLong(b.path().replaceAll("/attempts/(\\d+).*", "$1"));
    }

    @Inject
    QuizCatalog realCatalog;

    /** A shipped article quiz (quizzes/), taken as a student would: read, answer, reload, submit, review. */
    @Test
    void studentTakesAShippedArticleQuiz() {
        Quiz quiz = realCatalog.openQuizzes().stream()
                // Fixture quizzes other tests wrote into the folder (fixtures/) also have readings: not shipped.
                .filter(q -> !q.path().startsWith("fixtures/"))
                .filter(q -> !q.settings().readings().isEmpty())
                .filter(q -> q.settings().feedback() == QuizSettings.Feedback.AFTER_SUBMIT)
                .filter(q -> q.settings().availableFrom() == null || q.settings().availableFrom().toInstant().isBefore(Instant.now()))
                .filter(q -> q.settings().availableUntil() == null || q.settings().availableUntil().toInstant().isAfter(Instant.now()))
                .findFirst().orElseThrow(() -> new AssertionError("no open shipped article quiz with feedback after_submit in quizzes/"));
        SignedIn student = SignedIn.newStudent();
        browser.signIn(student.username, student.password);
        browser.open("/quizzes/" + quiz.id());
        WebElement reading = browser.driver.findElement(By.cssSelector("a[href^='/readings/']"));
        String readingUrl = reading.getAttribute("href");
        long id = startFromQuizPage(browser, quiz);
        browser.assertAccessible("an attempt of " + quiz.path());
        browser.screenshot("shipped-attempt");

        List<WebElement> radios = browser.driver.findElements(By.cssSelector("fieldset.question input[type=radio]"));
        assertFalse(radios.isEmpty(), "the article quiz has a choice question");
        String radioId = radios.get(0).getAttribute("id");
        String radioQuestion = radios.get(0).findElement(By.xpath("ancestor::fieldset")).getAttribute("id");
        browser.driver.findElement(By.cssSelector("label[for='" + radioId + "']")).click();
        browser.waitFor(d -> d.findElement(By.id(radioQuestion + "-state")).getText().startsWith("저장됨"));
        List<WebElement> texts = browser.driver.findElements(By.cssSelector("fieldset.question input[type=text]"));
        String textId = texts.isEmpty() ? null : texts.get(0).getAttribute("id");
        if (textId != null) {
            texts.get(0).sendKeys("42");
            String textQuestion = texts.get(0).findElement(By.xpath("ancestor::fieldset")).getAttribute("id");
            browser.waitFor(d -> d.findElement(By.id(textQuestion + "-state")).getText().startsWith("저장됨"));
        }

        browser.driver.navigate().refresh();
        assertTrue(browser.driver.findElement(By.id(radioId)).isSelected(), "the choice survives a reload");
        if (textId != null) {
            assertEquals("42", browser.driver.findElement(By.id(textId)).getAttribute("value"));
        }
        browser.driver.findElement(By.cssSelector(".actions button[value=submit]")).click();
        browser.waitFor(d -> browser.path().endsWith("/attempts/" + id + "/submit"));
        browser.driver.findElement(By.id("submit-attempt")).click();
        browser.waitFor(d -> browser.path().endsWith("/attempts/" + id + "/review"));
        assertScoreLineShowsTheStoredGrade(browser.driver.findElement(By.id("score-line")).getText(), quiz, id);
        assertEquals(quiz.questions().size(), browser.driver.findElements(By.cssSelector("article.review-item")).size());
        browser.assertAccessible("the review of " + quiz.path());
        browser.screenshot("shipped-review");
        browser.driver.get(readingUrl);
        assertFalse(browser.driver.findElement(By.tagName("h1")).getText().isBlank(), "the reading passage opens");
    }

    /**
     * The score line of a shipped quiz, whose answers the test picks blindly: "{max}점 만점에 {points}점 ({percent}%)"
     * with the maximum the sum of the quiz's question points and the points and percent the grader stored.
     */
    private static void assertScoreLineShowsTheStoredGrade(String line, Quiz quiz, long attemptId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)점 만점에 (\\d+(?:\\.\\d+)?)점 \\((\\d+(?:\\.\\d)?)%\\)")
                .matcher(line);
        assertTrue(m.matches(), "score line: " + line);
        java.math.BigDecimal max = quiz.questions().stream().map(q -> java.math.BigDecimal.valueOf(q.points()))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId));
        assertEquals(0, max.compareTo(new java.math.BigDecimal(m.group(1))), "maximum in " + line);
        assertEquals(0, attempt.maxPoints.compareTo(new java.math.BigDecimal(m.group(1))), "stored maximum in " + line);
        assertEquals(0, attempt.scorePoints.compareTo(new java.math.BigDecimal(m.group(2))), "points in " + line);
        assertEquals(attempt.scorePercent.doubleValue(), Double.parseDouble(m.group(3)), 0.05, "percent in " + line);
    }

    @Test
    void studentAnswersReloadsSubmitsAndSeesTheReview() {
        Quiz quiz = fixture(FixtureQuizzes.timed(Duration.ofMinutes(20)));
        SignedIn student = SignedIn.newStudent();
        browser.signIn(student.username, student.password);
        assertEquals("/quizzes", browser.path(), "students land on their quiz list");
        browser.assertAccessible("the quiz list");
        browser.screenshot("list");
        WebElement card = browser.driver.findElement(By.id("quiz-" + quiz.id()));
        assertTrue(card.getText().contains("시작 전"), card.getText());

        browser.open("/quizzes/" + quiz.id());
        browser.assertAccessible("the quiz page");
        long id = startFromQuizPage(browser, quiz);
        browser.assertAccessible("the attempt page");
        browser.screenshot("attempt");
        assertTrue(browser.driver.findElement(By.id("time-left")).getText().matches("남은 시간 (19:[0-5]\\d|20:00)"));

        browser.driver.findElement(By.cssSelector("label[for=q-single-1]")).click();
        browser.waitFor(d -> d.findElement(By.id("q-single-state")).getText().startsWith("저장됨"));
        browser.driver.findElement(By.id("q-short-answer")).sendKeys("Aider");
        browser.waitFor(d -> d.findElement(By.id("q-short-state")).getText().startsWith("저장됨"));
        browser.waitFor(d -> d.findElement(By.id("progress-text")).getText().equals("8문항 중 2문항 답함"));

        browser.driver.navigate().refresh();
        assertTrue(browser.driver.findElement(By.id("q-single-1")).isSelected(), "the choice survives a reload");
        assertEquals("Aider", browser.driver.findElement(By.id("q-short-answer")).getAttribute("value"));

        browser.driver.findElement(By.cssSelector(".actions button[value=submit]")).click();
        browser.waitFor(d -> browser.path().endsWith("/attempts/" + id + "/submit"));
        assertTrue(browser.driver.findElement(By.id("unanswered-count")).getText().contains("6개"));
        browser.assertAccessible("the submit confirmation");
        browser.driver.findElement(By.id("submit-attempt")).click();
        browser.waitFor(d -> browser.path().endsWith("/attempts/" + id + "/review"));
        assertTrue(browser.driver.findElement(By.id("score-line")).getText().contains("10점 만점에 2점 (20%)"));
        assertTrue(browser.driver.getPageSource().contains("EXPLAIN-single"));
        browser.assertAccessible("the review page");
        browser.screenshot("review");
    }

    @Test
    void accessibilityCheckReportsProblems() {
        browser.open("/login");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\\'x.png\\'><input type=text>');");
        java.util.List<String> problems = browser.seriousAccessibilityViolations();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("image-alt")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("label")), problems.toString());
    }

    @Test
    void timedOutAttemptIsSubmittedAutomatically() {
        Quiz quiz = fixture(FixtureQuizzes.timed(Duration.ofMinutes(1)));
        SignedIn student = SignedIn.newStudent();
        browser.signIn(student.username, student.password);
        long id = startFromQuizPage(browser, quiz);
        browser.driver.findElement(By.cssSelector("label[for=q-tf-true]")).click();
        browser.waitFor(d -> d.findElement(By.id("q-tf-state")).getText().startsWith("저장됨"));
        // Time runs out while the tab is away: the next visit finds it submitted with the saved answer.
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("deadline = ?1 where id = ?2",
                Instant.now().minusSeconds(120), id));
        browser.open("/attempts/" + id);
        browser.waitFor(d -> browser.path().endsWith("/review"));
        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("자동 제출"), page);
        assertTrue(page.contains("10점 만점에 1점"), page);
    }

    @Test
    void pageWorksWithoutJavaScript() {
        Quiz quiz = fixture(s -> s);
        SignedIn student = SignedIn.newStudent();
        try (Browser plain = new Browser(base.toString(), false)) {
            plain.signIn(student.username, student.password);
            long id = startFromQuizPage(plain, quiz);
            plain.driver.findElement(By.cssSelector("label[for=q-multiple-1]")).click();
            plain.driver.findElement(By.cssSelector("label[for=q-multiple-2]")).click();
            plain.driver.findElement(By.id("q-cloze-1")).sendKeys("128,000");
            plain.driver.findElement(By.cssSelector(".actions button[value=save]")).click();
            plain.waitFor(d -> plain.path().contains("saved=true"));
            assertTrue(plain.driver.findElement(By.cssSelector("p.notice[role=status]")).getText().contains("저장했습니다"));
            assertTrue(plain.driver.findElement(By.id("q-multiple-2")).isSelected());
            assertEquals("", plain.driver.findElement(By.id("q-multiple-state")).getText(), "no script ran");
            plain.driver.findElement(By.cssSelector(".actions button[value=submit]")).click();
            plain.waitFor(d -> plain.path().endsWith("/submit"));
            plain.driver.findElement(By.id("submit-attempt")).click();
            plain.waitFor(d -> plain.path().endsWith("/attempts/" + id + "/review"));
            assertTrue(plain.driver.findElement(By.id("score-line")).getText().contains("10점 만점에 3점"));
        }
    }
}
