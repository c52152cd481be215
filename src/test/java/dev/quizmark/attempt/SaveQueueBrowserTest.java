package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Browser;
import dev.quizmark.support.ClassBrowser;
import dev.quizmark.support.DirectDatabase;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14 item 5: the attempt page never silently drops an answer. The save endpoint is made unreachable in
 * Chromium itself (DevTools blocks its URL, as when the server is stopped) and the real database refuses
 * connections (as when PostgreSQL is away); answers wait in the queue and in localStorage, survive a reload, say
 * "not saved yet", and reach the database once the server is back.
 */
@QuarkusTest
class SaveQueueBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser(true);

    private Browser browser() {
        return chromium.at(base);
    }

    private long start(Browser b, Quiz quiz) {
        b.open("/quizzes/" + quiz.id());
        b.driver.findElement(By.xpath("//button[normalize-space()='응시 시작']")).click();
        b.waitFor(d -> b.path().matches("/attempts/\\d+.*"));
        return Long.parseLong(b.path().replaceAll("/attempts/(\\d+).*", "$1"));
    }

    private static void blockSaves(Browser b, boolean blocked) {
        ChromeDriver chrome = (ChromeDriver) b.driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", blocked ? List.of("*/questions/*") : List.of()));
    }

    private static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver).executeScript(script);
    }

    private static Optional<String> savedAnswer(long attemptId, String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionResponse.ofAttempt(attemptId).stream()
                .filter(r -> r.questionId.equals(questionId)).map(r -> r.answerJson).findFirst());
    }

    private static void waitLong(Browser b, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(b.driver, Duration.ofSeconds(45)).until(condition);
    }

    private static String state(Browser b, String question) {
        return b.driver.findElement(By.id("q-" + question + "-state")).getText();
    }

    @Test
    void answersWaitWhileTheServerIsUnreachableSurviveAReloadAndAreSentWhenItIsBack() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(20))));
        SignedIn student = SignedIn.newStudent();
        Browser b = browser();
        b.signIn(student.username, student.password);
        long id = start(b, quiz);

        blockSaves(b, true);
        try {
            b.driver.findElement(By.cssSelector("label[for=q-single-1]")).click();
            b.driver.findElement(By.id("q-short-answer")).sendKeys("Aider");
            b.waitFor(d -> state(b, "short").startsWith("아직 저장되지 않았습니다") && state(b, "single").startsWith("아직 저장되지 않았습니다"));
            assertTrue(b.driver.findElement(By.id("save-summary")).getText().contains("저장되지 않은 답 2개"),
                    b.driver.findElement(By.id("save-summary")).getText());
            assertTrue(String.valueOf(js(b, "return localStorage.getItem('quizmark-unsaved-" + id + "')")).contains("Aider"));
            assertEquals(Boolean.TRUE, js(b, "var e = new Event('beforeunload', {cancelable: true});"
                    + " window.dispatchEvent(e); return e.defaultPrevented;"), "leaving with unsaved answers asks first");
            assertEquals(Optional.empty(), savedAnswer(id, "short"), "nothing reached the server");

            // The tab dies without its unload handlers (a crash); the answers were kept in localStorage.
            js(b, "window.addEventListener('beforeunload', function (e) { e.stopImmediatePropagation(); }, true);");
            b.driver.navigate().refresh();
            assertEquals("Aider", b.driver.findElement(By.id("q-short-answer")).getAttribute("value"), "restored after the reload");
            assertTrue(b.driver.findElement(By.id("q-single-1")).isSelected(), "the choice is restored too");
            b.waitFor(d -> state(b, "short").startsWith("아직 저장되지 않았습니다"));
        } finally {
            blockSaves(b, false);
        }
        // The server is back: the retry with backoff sends both.
        waitLong(b, d -> state(b, "short").startsWith("저장됨") && state(b, "single").startsWith("저장됨"));
        assertEquals(Optional.of("[\"Aider\"]"), savedAnswer(id, "short"));
        assertTrue(savedAnswer(id, "single").isPresent());
        assertEquals(null, js(b, "return localStorage.getItem('quizmark-unsaved-" + id + "')"), "the queue is empty");
        assertEquals(Boolean.FALSE, js(b, "var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;"), "nothing unsaved: leaving does not ask");
        b.assertAccessible("the attempt page after a recovered outage");
    }

    @Test
    void whileTheDatabaseIsAwayPagesSayAnswersAreSafeAndSavesAreRetried() throws Exception {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(20))));
        SignedIn student = SignedIn.newStudent();
        Browser b = browser();
        b.signIn(student.username, student.password);
        long id = start(b, quiz);
        b.driver.findElement(By.id("q-short-answer")).sendKeys("first");
        b.waitFor(d -> state(b, "short").startsWith("저장됨"));

        try (DatabaseSwitch database = new DatabaseSwitch()) {
            database.refuseConnections();
            b.driver.findElement(By.id("q-short-answer")).sendKeys(" second");
            // The save endpoint answers 503 JSON; the script shows it and keeps the answer.
            waitLong(b, d -> state(b, "short").startsWith("서버가 잠시 답을 저장할 수 없습니다"));
            assertTrue(state(b, "short").contains("아직 저장되지 않았습니다"), state(b, "short"));

            var json = student.http().accept("application/json").contentType("application/x-www-form-urlencoded")
                    .header("X-CSRF-TOKEN", student.csrfToken).formParam("q.short", "x")
                    .post("/attempts/" + id + "/questions/short");
            assertEquals(503, json.statusCode(), json.asString());
            assertEquals("database-unavailable", json.jsonPath().getString("code"));
            var page = student.http().get("/quizzes");
            assertEquals(503, page.statusCode());
            assertTrue(page.asString().contains("이미 저장된 답은 안전하게 보관되어 있습니다"), page.asString());
            assertEquals("10", page.getHeader("Retry-After"));
            assertTrue(page.asString().contains("<meta http-equiv=\"refresh\" content=\"10\">"), "the page retries by itself");

            database.allowConnections();
            waitLong(b, d -> state(b, "short").startsWith("저장됨"));
        }
        assertEquals(Optional.of("[\"first second\"]"), savedAnswer(id, "short"));
    }

    /**
     * Makes this test's database refuse new connections and ends the open ones, as a stopped PostgreSQL would,
     * and lets them in again; always re-allowed when closed.
     */
    static final class DatabaseSwitch implements AutoCloseable {
        private final String name;
        private final Connection admin;

        DatabaseSwitch() throws SQLException {
            name = DirectDatabase.name();
            admin = DirectDatabase.openMaintenance();
        }

        void refuseConnections() throws SQLException {
            try (Statement s = admin.createStatement()) {
                s.execute("alter database \"" + name + "\" allow_connections false");
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
            }
        }

        void allowConnections() throws SQLException {
            try (Statement s = admin.createStatement()) {
                s.execute("alter database \"" + name + "\" allow_connections true");
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                allowConnections();
            } finally {
                admin.close();
            }
        }
    }
}
