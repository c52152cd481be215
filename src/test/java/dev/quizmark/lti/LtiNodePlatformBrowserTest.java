package dev.quizmark.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Quizmark launched by the Node platform (oidc-provider on loopback HTTPS, {@link NodePlatform}) in headless
 * Chromium: the student signs in to the platform, opens the course page, which frames Quizmark (another site),
 * and takes the quiz. The grade reaches the platform's AGS scores endpoint through a client-credentials token
 * (private_key_jwt), after an outage of the platform too. Once with the browser's default cookie settings (the
 * quiz is taken inside the iframe), with third-party cookies blocked (Quizmark's partitioned cookies still work in
 * the frame), and with no cookies for Quizmark in the frame at all (the quiz opens in a window of its own).
 */
@QuarkusTest
@TestProfile(LtiOverTls.class)
class LtiNodePlatformBrowserTest {

    static final String QUIZ = "deepseek-r2-delay";
    /** Chromium's "Block third-party cookies" setting. */
    static final Map<String, Object> BLOCK_THIRD_PARTY_COOKIES = Map.of("profile.cookie_controls_mode", 1,
            "profile.block_third_party_cookies", true);

    @TestHTTPResource("/")
    URL root;

    @Inject
    ScoreOutbox outbox;

    @Inject
    QuizCatalog catalog;

    @Test
    void studentTakesTheQuizInTheCourseIframeAndTheGradeArrivesAfterAnOutage() throws Exception {
        String base = base();
        try (Course course = openCourse()) {
            NodePlatform platform = course.platform();
            String user = "node-student-" + course.id();
            String hint = platform.launch(course.clientId(), user, course.id(), "link-1");
            try (Browser browser = new Browser(platform.issuer, true, null, Map.of(), true)) {
                signInToPlatform(browser, user, course.id(), hint);
                WebDriver driver = browser.driver;
                firstLaunchWaitsForApproval(browser, course);
                // The frame kept the session cookie (SameSite=None; Secure; Partitioned): the quiz opens in the frame.
                browser.waitFor(d -> frameUrl(d).equals(base + "/quizzes/" + QUIZ));
                assertEquals(1, driver.getWindowHandles().size(), "no other window");
                long attemptId = answerAndSubmit(browser, base);

                Instant now = Instant.now();
                platform.scoreStatus(503);
                assertEquals(0, outbox.deliverDue(now), "the platform is down");
                ScoreDelivery pending = QuarkusTransaction.requiringNew()
                        .call(() -> ScoreDelivery.<ScoreDelivery>find("accountId", LtiLaunchTest.accountOf(user).id).singleResult());
                assertEquals(ScoreDelivery.Status.PENDING, pending.status);
                assertTrue(pending.lastError.contains("503"), pending.lastError);
                assertEquals(List.of(), platform.scores());
                platform.scoreStatus(200);
                assertEquals(1, outbox.deliverDue(now.plus(Duration.ofMinutes(2))), "sent once the platform is back");
                assertScore(course, user, attemptId, 0);
            }
        }
    }

    @Test
    void withThirdPartyCookiesBlockedPartitionedCookiesKeepTheQuizInTheFrameAndWithoutThemItOpensInAWindow() throws Exception {
        String base = base();
        try (Course course = openCourse()) {
            NodePlatform platform = course.platform();

            // Chromium's "Block third-party cookies": Quizmark's cookies are Partitioned (CHIPS), which that setting
            // keeps for the course's frame, so the quiz is still taken in the frame.
            String first = "blocking-student-" + course.id();
            String hint = platform.launch(course.clientId(), first, course.id(), "link-1");
            try (Browser browser = new Browser(platform.issuer, true, null, BLOCK_THIRD_PARTY_COOKIES, true)) {
                signInToPlatform(browser, first, course.id(), hint);
                firstLaunchWaitsForApproval(browser, course);
                browser.waitFor(d -> frameUrl(d).equals(base + "/quizzes/" + QUIZ));
                long attemptId = answerAndSubmit(browser, base);
                assertEquals(1, outbox.deliverDue(Instant.now()));
                assertScore(course, first, attemptId, 0);
            }

            // A browser that keeps no cookie at all for Quizmark inside the platform's pages (a browser that keeps
            // no third-party cookie at all; here a Chromium site exception): the frame shows why, and the quiz opens in a new window.
            Map<String, Object> noCookiesInTheFrame = new HashMap<>(BLOCK_THIRD_PARTY_COOKIES);
            noCookiesInTheFrame.put("profile.content_settings.exceptions.cookies",
                    Map.of(base + "," + platform.issuer, Map.of("setting", 2)));
            String second = "framed-out-student-" + course.id();
            String secondHint = platform.launch(course.clientId(), second, course.id(), "link-1");
            try (Browser browser = new Browser(platform.issuer, true, null, noCookiesInTheFrame, true)) {
                signInToPlatform(browser, second, course.id(), secondHint);
                WebDriver driver = browser.driver;
                driver.switchTo().frame("tool");
                try {
                    browser.waitFor(d -> !d.findElements(By.id("lti-cookies-blocked")).isEmpty());
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new AssertionError(frameUrl(driver) + "\n" + driver.getPageSource(), e);
                }
                assertTrue(frameUrl(driver).startsWith(base + "/lti/framed?"), frameUrl(driver));
                assertTrue(driver.getPageSource().contains("Student " + second), "the page names the launched student");
                List<String> before = new ArrayList<>(driver.getWindowHandles());
                driver.findElement(By.cssSelector("form[action='/lti/session'] button")).click();
                browser.waitFor(d -> d.getWindowHandles().size() > before.size());
                driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow());
                browser.waitFor(d -> d.getCurrentUrl().equals(base + "/quizzes/" + QUIZ));
                long attemptId = answerAndSubmit(browser, base);
                assertEquals(1, outbox.deliverDue(Instant.now()));
                assertScore(course, second, attemptId, 1);
            }
        }
    }

    /** The Node platform with Quizmark registered as its tool (a client id of its own) and a new course on it. */
    private record Course(NodePlatform platform, Registered lms, String clientId, String id) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }

    private Course openCourse() throws java.io.IOException {
        String base = base();
        String clientId = "quizmark-" + UUID.randomUUID().toString().substring(0, 8);
        NodePlatform platform = new NodePlatform(List.of(new NodePlatform.Tool(clientId, "deployment-1",
                base + "/lti/login", base + "/lti/launch", base + "/lti/jwks", QUIZ)));
        try {
            return new Course(platform, register(platform, clientId), clientId,
                    "course-" + UUID.randomUUID().toString().substring(0, 6));
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    /** The course's first launch is refused in the frame; the instructor approves the course; the student reloads. */
    private static void firstLaunchWaitsForApproval(Browser browser, Course course) {
        WebDriver driver = browser.driver;
        driver.switchTo().frame("tool");
        browser.waitFor(d -> d.getPageSource().contains("이 강좌는 아직 Quizmark에 연결되지 않았습니다"));
        driver.switchTo().defaultContent();
        course.lms().approve(course.id());
        driver.navigate().refresh();
        driver.switchTo().frame("tool");
    }

    /** Signs in to the platform (its own OpenID login) and opens the course page that frames the tool. */
    private static void signInToPlatform(Browser browser, String user, String course, String hint) {
        browser.open("/signin?user=" + user + "&then=" + URLEncoder.encode("/course/" + course + "?launch=" + hint, StandardCharsets.UTF_8));
        browser.waitFor(d -> d.getCurrentUrl().contains("/course/" + course));
    }

    /** Starts the quiz, answers the short-answer question right (1 point) and a true/false one, and submits. */
    private long answerAndSubmit(Browser browser, String base) {
        WebDriver driver = browser.driver;
        driver.findElement(By.cssSelector("form[action='/quizzes/" + QUIZ + "/start'] button")).click();
        browser.waitFor(d -> frameUrl(d).contains("/attempts/"));
        String url = frameUrl(driver);
        long attemptId = Long.parseLong(url.replaceAll(".*/attempts/(\\d+).*", "$1"));
        driver.findElement(By.id("q-cann-name-answer")).sendKeys("CANN");
        browser.waitFor(d -> d.findElement(By.id("q-cann-name-state")).getText().startsWith("저장됨"));
        driver.findElement(By.cssSelector(".actions button[value=submit]")).click();
        browser.waitFor(d -> frameUrl(d).endsWith("/attempts/" + attemptId + "/submit"));
        driver.findElement(By.id("submit-attempt")).click();
        browser.waitFor(d -> !d.findElements(By.id("score-line")).isEmpty());
        assertTrue(frameUrl(driver).startsWith(base), frameUrl(driver));
        return attemptId;
    }

    /** The platform's score number {@code index}: this student's attempt, as Quizmark graded it. */
    private void assertScore(Course course, String user, long attemptId, int index) throws Exception {
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId));
        assertEquals("SUBMITTED", attempt.status.name());
        assertEquals(0, BigDecimal.ONE.compareTo(attempt.scorePoints), "the right short answer: 1 point");
        Quiz quiz = catalog.current(QUIZ).orElseThrow();
        List<JsonNode> scores = course.platform().scores();
        assertEquals(index + 1, scores.size(), scores.toString());
        JsonNode score = scores.get(index);
        assertEquals(course.clientId(), score.path("clientId").asText(), "the token the platform issued to this tool");
        assertEquals(course.id(), score.path("course").asText());
        assertEquals("link-1", score.path("link").asText());
        assertEquals("3", score.path("query").path("type_id").asText(), "the line item's query stays after /scores");
        JsonNode body = score.path("body");
        assertEquals(user, body.path("userId").asText());
        assertEquals(0, BigDecimal.ONE.compareTo(body.path("scoreGiven").decimalValue()), body.toString());
        assertEquals(0, BigDecimal.valueOf(quiz.maxPoints()).compareTo(body.path("scoreMaximum").decimalValue()), body.toString());
        assertEquals("Completed", body.path("activityProgress").asText());
        assertEquals("FullyGraded", body.path("gradingProgress").asText());
        assertTrue(Instant.parse(body.path("timestamp").asText()).isAfter(Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** The URL of the document the driver is in (a frame's own, not the top page's). */
    static String frameUrl(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return location.href"));
    }

    /** Registers the Node platform in Quizmark through the instructor's LTI page. */
    private Registered register(NodePlatform platform, String clientId) {
        LtiTool instructor = new LtiTool(null);
        Response created = instructor.instructorForm().formParam("name", "Node LMS").formParam("issuer", platform.issuer)
                .formParam("clientId", clientId).formParam("authLoginUrl", platform.issuer + "/auth")
                .formParam("tokenUrl", platform.issuer + "/token").formParam("jwksUrl", platform.issuer + "/jwks")
                .formParam("deployments", "deployment-1").post("/instructor/lti/registrations");
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        instructor.registrationId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        return new Registered(instructor);
    }

    private record Registered(LtiTool instructor) {
        /** Approves a course whose first launch is waiting, as the instructor does on the registration page. */
        void approve(String course) {
            long id = instructor.contextRow(course);
            Response approved = instructor.instructorForm().formParam("approved", "true").post("/instructor/lti/contexts/" + id + "/approve");
            assertEquals(303, approved.statusCode(), approved.asString());
        }
    }
}
