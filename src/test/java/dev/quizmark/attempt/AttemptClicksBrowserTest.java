package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.support.Browser;
import dev.quizmark.support.ClassBrowser;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The immediate-feedback check button and the pages of a multi-page attempt, clicked in headless Chromium. */
@QuarkusTest
class AttemptClicksBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser(true);

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.at(base);
    }

    private long startFromQuizPage(Quiz quiz) {
        browser.open("/quizzes/" + quiz.id());
        browser.driver.findElement(By.xpath("//button[normalize-space()='응시 시작' or normalize-space()='이어서 풀기']")).click();
        browser.waitFor(d -> browser.path().matches("/attempts/\\d+.*"));
        return Long.parseLong(browser.path().replaceAll("/attempts/(\\d+).*", "$1"));
    }

    private static QuestionResponse response(long attemptId, String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionResponse.<QuestionResponse>find(
                "attemptId = ?1 and questionId = ?2", attemptId, questionId).firstResult());
    }

    @Test
    void theCheckButtonGradesOneQuestionShowsItsFeedbackAndLocksIt() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(FixtureQuizzes.feedback(Feedback.IMMEDIATE)));
        SignedIn student = SignedIn.newStudent();
        browser.signIn(student.username, student.password);
        long id = startFromQuizPage(quiz);
        assertFalse(browser.driver.getPageSource().contains("EXPLAIN-"), "no feedback before a check");
        browser.driver.findElement(By.id("q-short-answer")).sendKeys("Aider");
        browser.driver.findElement(By.id("q-numeric-answer")).sendKeys("1");
        browser.driver.findElement(By.cssSelector("button[name=check][value=short]")).click();
        browser.waitFor(d -> d.getPageSource().contains("EXPLAIN-short"));
        WebElement shortQuestion = browser.driver.findElement(By.id("q-short"));
        assertEquals("true", shortQuestion.getAttribute("disabled"), "a checked question is locked");
        assertFalse(browser.driver.findElement(By.id("q-short-answer")).isEnabled(), "its field cannot be typed in");
        assertTrue(browser.driver.findElements(By.cssSelector("button[name=check][value=short]")).isEmpty(),
                "its check button is gone");
        assertFalse(browser.driver.getPageSource().contains("EXPLAIN-numeric"), "the other questions stay unchecked");
        assertTrue(browser.driver.findElement(By.id("q-numeric-answer")).isEnabled());
        QuestionResponse graded = response(id, "short");
        assertEquals(Boolean.TRUE, graded.correct, "graded right on the click");
        assertEquals(List.of("Aider"), graded.answer());
        assertEquals(null, response(id, "numeric").correct, "saved by the same form, not graded");
    }

    @Test
    void nextAndPreviousWalkThePagesAndKeepTheAnswers() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(FixtureQuizzes.shuffledPaged(3)));
        SignedIn student = SignedIn.newStudent();
        browser.signIn(student.username, student.password);
        long id = startFromQuizPage(quiz);
        List<String> seen = new ArrayList<>();
        String typed = null;
        int typedOn = 0;
        for (int page = 1; page <= 3; page++) {
            final int current = page;
            browser.waitFor(d -> d.findElement(By.cssSelector("main")).getText().contains("3쪽 중 " + current + "쪽"));
            List<WebElement> questions = browser.driver.findElements(By.cssSelector("fieldset.question"));
            questions.forEach(q -> seen.add(q.getAttribute("data-question")));
            if (typed == null && page < 3) {
                // Type into the first text field of page 1 or 2 (three of the eight questions have one and page 3
                // holds only two, so one of the first two pages has it), then leave it by the "next" button.
                WebElement text = browser.driver.findElements(By.cssSelector("fieldset.question input[type=text]")).stream()
                        .findFirst().orElse(null);
                if (text != null) {
                    typed = text.getAttribute("id");
                    typedOn = page;
                    text.sendKeys("71.6");
                }
            }
            if (page < 3) {
                browser.driver.findElement(By.cssSelector(".actions button[value=next]")).click();
                browser.waitFor(d -> browser.path().contains("page=" + (current + 1)));
            }
        }
        assertEquals(8, seen.size(), seen.toString());
        assertEquals(8, new HashSet<>(seen).size(), "each question on exactly one page: " + seen);
        Set<String> all = new HashSet<>();
        quiz.questions().stream().map(Question::id).forEach(all::add);
        assertEquals(all, new HashSet<>(seen));
        assertEquals(new AttemptLayout(quiz, QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(id).seed))
                .questions().stream().map(Question::id).toList(), seen, "pages follow the attempt's order");

        browser.driver.findElement(By.cssSelector(".actions button[value=previous]")).click();
        browser.waitFor(d -> browser.path().contains("page=2"));
        assertTrue(typed != null, "a text field on page 1 or 2");
        if (typedOn == 2) {
            assertEquals("71.6", browser.driver.findElement(By.id(typed)).getAttribute("value"), "kept across pages");
        }
        // The navigator jumps to the first question, on page 1 (saving this page first).
        browser.driver.findElement(By.id("nav-" + seen.get(0))).click();
        browser.waitFor(d -> browser.path().contains("page=1"));
        assertEquals(seen.subList(0, 3), browser.driver.findElements(By.cssSelector("fieldset.question")).stream()
                .map(q -> q.getAttribute("data-question")).toList(), "page 1 shows the same questions again");
        if (typedOn == 1) {
            assertEquals("71.6", browser.driver.findElement(By.id(typed)).getAttribute("value"), "kept across pages");
        }
    }
}
