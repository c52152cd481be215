package dev.quizmark.lti;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.QuizSettings.Grading;
import dev.quizmark.support.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * LTI Advantage services against the jose4j test platform, end to end over HTTP: deep linking places a quiz,
 * a graded attempt reaches the line item's scores endpoint (also after an outage), the roster arrives page by
 * page, and the tool's own key rotates with the old key still published.
 */
@QuarkusTest
class LtiServicesTest {

    static final String QUIZ = "deepseek-r2-delay";
    static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\" id=\"lti-return\">");
    static final Pattern JWT = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL root;

    @Inject
    ScoreOutbox outbox;

    @Inject
    QuizCatalog catalog;

    TestPlatform platform;
    LtiTool tool;
    String course;

    @BeforeEach
    void setUp() throws Exception {
        platform = new TestPlatform(root.toString().replaceAll("/$", ""));
        tool = new LtiTool(platform).register();
        course = "course-" + UUID.randomUUID().toString().substring(0, 6);
        tool.approve(course);
    }

    @AfterEach
    void tearDown() {
        platform.close();
    }

    /** The answer page's script (lti-return.js, by its hashed name) sends the answer on at once in Chromium. */
    @Test
    void deepLinkingAnswerPageSendsItselfToThePlatform() throws Exception {
        LtiTool.Login login = tool.login();
        JwtClaims claims = platform.launchClaims(login.nonce(), "teacher-" + course, course, "unused", null, LtiLaunchTest.INSTRUCTOR);
        platform.deepLinking(claims, platform.base + "/deep-link-return?x=1");
        Response chooser = tool.launch(platform.sign(claims), login.state());
        assertEquals(200, chooser.statusCode(), chooser.asString());
        String ticket = LtiTool.ticket(chooser);
        try (Browser browser = new Browser(root.toString(), true)) {
            browser.open("/login");
            // The chooser's own post, from a page of this origin (its ticket stands for the launch).
            ((JavascriptExecutor) browser.driver).executeScript("""
                    var form = document.createElement('form');
                    form.method = 'post';
                    form.action = '/lti/deep-link';
                    [['ticket', arguments[0]], ['quiz', arguments[1]]].forEach(function (pair) {
                      var input = document.createElement('input');
                      input.type = 'hidden'; input.name = pair[0]; input.value = pair[1];
                      form.appendChild(input);
                    });
                    document.body.appendChild(form);
                    form.submit();
                    """, ticket, QUIZ);
            browser.waitFor(d -> d.getCurrentUrl().startsWith(platform.base + "/deep-link-return?x=1"));
        }
    }

    @Test
    void deepLinkingPlacesTheChosenQuizWithItsGradebookColumn() throws Exception {
        LtiTool.Login login = tool.login();
        JwtClaims claims = platform.launchClaims(login.nonce(), "teacher-" + course, course, "unused", null, LtiLaunchTest.INSTRUCTOR);
        platform.deepLinking(claims, platform.base + "/deep-link-return?x=1");
        Response chooser = tool.launch(platform.sign(claims), login.state());
        assertEquals(200, chooser.statusCode(), chooser.asString());
        assertTrue(chooser.asString().contains("value=\"" + QUIZ + "\""), "the chooser lists the quizzes");
        String ticket = LtiTool.ticket(chooser);

        Response answer = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("ticket", ticket).formParam("quiz", QUIZ).post("/lti/deep-link");
        assertEquals(200, answer.statusCode(), answer.asString());
        Matcher action = FORM_ACTION.matcher(answer.asString());
        assertTrue(action.find(), answer.asString());
        assertEquals(platform.base + "/deep-link-return?x=1", action.group(1).replace("&amp;", "&"));
        assertTrue(answer.getHeader("Content-Security-Policy").contains("form-action 'self' " + platform.base),
                "the page may post to the platform");
        Matcher jwt = JWT.matcher(answer.asString());
        assertTrue(jwt.find());

        // The platform checks the response with Quizmark's published keys (jose4j, not Quizmark's code).
        JwtClaims response = platform.toolConsumer(platform.issuer).processToClaims(jwt.group(1));
        assertEquals(TestPlatform.CLIENT_ID, response.getIssuer());
        assertEquals("LtiDeepLinkingResponse", response.getClaimValue(LaunchClaims.MESSAGE_TYPE));
        assertEquals("1.3.0", response.getClaimValue(LaunchClaims.VERSION));
        assertEquals(TestPlatform.DEPLOYMENT, response.getClaimValue(LaunchClaims.DEPLOYMENT_ID));
        assertEquals("opaque-platform-data", response.getClaimValue(LaunchClaims.DEEP_LINKING_DATA));
        assertNotNull(response.getClaimValue("nonce"));
        List<?> items = (List<?>) response.getClaimValue(LaunchClaims.DEEP_LINKING_CONTENT_ITEMS);
        assertEquals(1, items.size());
        Map<?, ?> item = (Map<?, ?>) items.get(0);
        Quiz quiz = catalog.current(QUIZ).orElseThrow();
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals(quiz.title(), item.get("title"));
        assertEquals(root.toString().replaceAll("/$", "") + "/lti/launch", item.get("url"));
        assertEquals(Map.of(LaunchClaims.QUIZ_PARAMETER, QUIZ), item.get("custom"));
        Map<?, ?> lineItem = (Map<?, ?>) item.get("lineItem");
        assertEquals(quiz.maxPoints(), ((Number) lineItem.get("scoreMaximum")).doubleValue());
        assertEquals(quiz.title(), lineItem.get("label"));
        assertEquals(QUIZ, lineItem.get("resourceId"));

        Response twice = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("ticket", ticket).formParam("quiz", QUIZ).post("/lti/deep-link");
        assertEquals(401, twice.statusCode(), "one answer per deep-linking request");

        // A learner cannot place content.
        LtiTool.Login learnerLogin = tool.login();
        JwtClaims learner = platform.launchClaims(learnerLogin.nonce(), "learner-" + course, course, "unused", null, LtiLaunchTest.LEARNER);
        platform.deepLinking(learner, platform.base + "/deep-link-return");
        assertEquals(403, tool.launch(platform.sign(learner), learnerLogin.state()).statusCode());
    }

    @Test
    void gradedScoreReachesTheLineItemAndSurvivesAnOutage() throws Exception {
        String sub = "student-" + UUID.randomUUID();
        LtiStudent student = LtiStudent.launch(tool, platform, course, sub);
        platform.scoreStatus = 503;
        // The short-answer question answered right (1 point), the rest left open: a real, non-zero grade.
        long attemptId = student.takeQuiz(catalog.current(QUIZ).orElseThrow(), Map.of("cann-name", "CANN"));

        Instant now = Instant.now();
        assertEquals(0, outbox.deliverDue(now), "the platform is down");
        ScoreDelivery pending = row(student.accountId());
        assertEquals(ScoreDelivery.Status.PENDING, pending.status);
        assertEquals(1, pending.tries);
        assertTrue(pending.lastError.contains("503"), pending.lastError);
        assertTrue(pending.nextTryAt.isAfter(now.plusSeconds(20)), "the next try waits");
        assertEquals(0, outbox.deliverDue(now.plusSeconds(5)), "not due yet");
        assertTrue(statusPage().contains("platform says 503"), "the instructor sees the platform's message");

        platform.scoreStatus = 200;
        assertEquals(1, outbox.deliverDue(now.plus(Duration.ofMinutes(2))), "delivered once the platform is back");
        assertEquals(ScoreDelivery.Status.SENT, row(student.accountId()).status);

        assertEquals(1, platform.scores().size());
        TestPlatform.Score score = platform.scores().get(0);
        assertEquals("/lineitems/" + course + "/lineitem/scores?type_id=7", score.path());
        assertEquals(ScoreOutbox.SCORE_MEDIA_TYPE, score.contentType());
        JsonNode body = score.body();
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId));
        assertTrue(attempt.maxPoints.signum() > 0);
        assertEquals(0, BigDecimal.ONE.compareTo(attempt.scorePoints), "the right short answer is worth 1 point");
        assertEquals(sub, body.path("userId").asText());
        assertEquals(0, BigDecimal.ONE.compareTo(body.path("scoreGiven").decimalValue()), body.toString());
        assertEquals(0, attempt.maxPoints.compareTo(body.path("scoreMaximum").decimalValue()), body.toString());
        assertEquals("Completed", body.path("activityProgress").asText());
        assertEquals("FullyGraded", body.path("gradingProgress").asText());
        assertNotNull(Instant.parse(body.path("timestamp").asText()));
        assertEquals(1, platform.tokensIssued.get(), "one token, kept while valid");

        // A refusal that waiting cannot fix is failed at once, shown, and can be sent again.
        Quiz second = catalog.current("deepseek-open-source").orElseThrow();
        LtiStudent.linkQuiz(tool, platform, course, "link-2", second.id(), sub);
        platform.scoreStatus = 400;
        student.takeQuiz(second, Map.of());
        outbox.deliverDue(Instant.now());
        List<ScoreDelivery> rows = rows(student.accountId());
        ScoreDelivery failed = rows.stream().filter(r -> r.status == ScoreDelivery.Status.FAILED).findFirst().orElseThrow();
        assertTrue(statusPage().contains("platform says 400"));
        platform.scoreStatus = 200;
        Response retry = tool.instructorForm().post("/instructor/lti/scores/" + failed.id + "/retry");
        assertEquals(303, retry.statusCode());
        assertEquals(1, outbox.deliverDue(Instant.now().plusSeconds(1)));
        assertEquals(2, platform.scores().size());
    }

    @Test
    void aRegradeSendsTheNewScore() throws Exception {
        FixtureQuizzes.Folder files = FixtureQuizzes.folder();
        Quiz v1 = files.add(FixtureQuizzes.quiz(FixtureQuizzes.grading(Grading.LAST)));
        String sub = "regraded-" + UUID.randomUUID();
        LtiStudent.linkQuiz(tool, platform, course, "link-regrade", v1.id(), sub);
        LtiStudent student = LtiStudent.launch(tool, platform, course, sub);
        // Under version 1 (tf's key "true") the single choice is right and tf is wrong: 1 point.
        long attemptId = student.takeQuiz(v1, Map.of("single", "1", "tf", "false"));
        assertEquals(1, outbox.deliverDue(Instant.now()));
        assertEquals(1, platform.scores().size());
        assertEquals(0, BigDecimal.ONE.compareTo(platform.scores().get(0).body().path("scoreGiven").decimalValue()),
                platform.scores().get(0).body().toString());

        // The key is fixed to "false" and the instructor applies the regrade: 2 points, sent to the platform.
        Quiz v2 = files.rewrite(v1, text -> text.replace("Answer: true", "Answer: false"));
        Response applied = tool.instructorForm().formParam("to", v2.contentHash()).post("/instructor/quizzes/" + v1.id() + "/regrade");
        assertEquals(303, applied.statusCode(), applied.asString());
        Attempt regraded = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId));
        assertEquals(0, new BigDecimal("2").compareTo(regraded.scorePoints));
        assertEquals(1, outbox.deliverDue(Instant.now().plusSeconds(1)), "the regrade marked the score due again");
        assertEquals(2, platform.scores().size());
        JsonNode body = platform.scores().get(1).body();
        assertEquals("/lineitems/" + course + "-link-regrade/lineitem/scores?type_id=7", platform.scores().get(1).path());
        assertEquals(sub, body.path("userId").asText());
        assertEquals(0, new BigDecimal("2").compareTo(body.path("scoreGiven").decimalValue()), body.toString());
        assertEquals(0, new BigDecimal("10").compareTo(body.path("scoreMaximum").decimalValue()), body.toString());
        assertEquals("FullyGraded", body.path("gradingProgress").asText());
    }

    @Test
    void rosterSyncFollowsNextLinksIntoAccountsAndTheCourseGroup() throws Exception {
        // A launch gives Quizmark the course's membership URL.
        LtiStudent.launch(tool, platform, course, "launcher-" + course);
        String a = "nrps-a-" + course;
        String b = "nrps-b-" + course;
        String teacher = "nrps-t-" + course;
        String gone = "nrps-gone-" + course;
        platform.rosterPages = List.of(
                List.of(member(a, "Kim A", LtiLaunchTest.LEARNER.get(0), "Active"),
                        member(teacher, "Lee T", LtiLaunchTest.INSTRUCTOR.get(0), "Active")),
                List.of(member(b, "Park B", LtiLaunchTest.LEARNER.get(0), "Active"),
                        member(gone, "Choi G", LtiLaunchTest.LEARNER.get(0), "Inactive")));
        Response synced = tool.instructorForm().post("/instructor/lti/contexts/" + tool.contextRow(course) + "/roster");
        assertEquals(303, synced.statusCode());

        Account kim = LtiLaunchTest.accountOf(a);
        Account park = LtiLaunchTest.accountOf(b);
        assertEquals("Kim A", kim.displayName);
        assertEquals("Park B", park.displayName, "the second page, reached through Link rel=next");
        assertEquals("Course " + course, park.groupName);
        assertEquals(Role.STUDENT, park.role);
        assertEquals(Role.INSTRUCTOR, LtiLaunchTest.accountOf(teacher).role);
        long inactive = QuarkusTransaction.requiringNew().call(() -> ((Number) Account.getEntityManager()
                .createNativeQuery("select count(*) from lti_user where sub = ?1").setParameter(1, gone).getSingleResult()).longValue());
        assertEquals(0, inactive, "inactive members are left out");
        assertTrue(statusPage().contains(": 4"), "the page reports the sync");
    }

    @Test
    void toolKeyRotatesAndTheOldKeyStaysPublished() throws Exception {
        JsonNode before = new com.fasterxml.jackson.databind.ObjectMapper().readTree(given().get("/lti/jwks").asString());
        String oldKid = before.path("keys").get(0).path("kid").asText();
        assertTrue(before.path("keys").get(0).path("d").isMissingNode(), "no private part is published");
        assertEquals(303, tool.instructorForm().post("/instructor/lti/keys/rotate").statusCode());
        JsonNode after = new com.fasterxml.jackson.databind.ObjectMapper().readTree(given().get("/lti/jwks").asString());
        List<String> kids = new java.util.ArrayList<>();
        after.path("keys").forEach(key -> kids.add(key.path("kid").asText()));
        assertTrue(kids.contains(oldKid), "the retired key is still published");
        String newKid = kids.get(0);
        assertNotEquals(oldKid, newKid);
        // What Quizmark signs now carries the new kid and verifies with the published set.
        LtiTool.Login login = tool.login();
        JwtClaims claims = platform.launchClaims(login.nonce(), "teacher2-" + course, course, "unused", null, LtiLaunchTest.INSTRUCTOR);
        platform.deepLinking(claims, platform.base + "/return");
        Response chooser = tool.launch(platform.sign(claims), login.state());
        Response answer = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("ticket", LtiTool.ticket(chooser)).formParam("quiz", QUIZ).post("/lti/deep-link");
        Matcher jwt = JWT.matcher(answer.asString());
        assertTrue(jwt.find());
        org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
        jws.setCompactSerialization(jwt.group(1));
        assertEquals(newKid, jws.getKeyIdHeaderValue());
        platform.toolConsumer(platform.issuer).processToClaims(jwt.group(1));
    }

    private static Map<String, Object> member(String id, String name, String role, String status) {
        return Map.of("user_id", id, "name", name, "email", id + "@school.test", "roles", List.of(role), "status", status);
    }

    private String statusPage() {
        Response page = tool.instructor().get("/instructor/lti/registrations/" + tool.registrationId);
        assertEquals(200, page.statusCode());
        return page.asString();
    }

    private static ScoreDelivery row(long accountId) {
        List<ScoreDelivery> rows = rows(accountId);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static List<ScoreDelivery> rows(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> ScoreDelivery.list("accountId", accountId));
    }

    /** A student who arrived by an LTI launch, taking quizzes over HTTP with the LTI session. */
    record LtiStudent(String session, long accountId, String csrfCookie, String csrfToken) {

        static LtiStudent launch(LtiTool tool, TestPlatform platform, String course, String sub) throws Exception {
            String session = linkQuiz(tool, platform, course, "link-1", QUIZ, sub);
            Response page = given().cookie(LtiSessions.COOKIE, session).get("/quizzes");
            Matcher token = LtiTool.CSRF.matcher(page.asString());
            assertTrue(token.find(), page.asString());
            return new LtiStudent(session, LtiLaunchTest.accountOf(sub).id, page.getCookie("quizmark-csrf"), token.group(1));
        }

        /** A launch of a resource link that opens {@code quizId}, with a line item; returns the LTI session. */
        static String linkQuiz(LtiTool tool, TestPlatform platform, String course, String link, String quizId, String sub)
                throws Exception {
            LtiTool.Login login = tool.login();
            JwtClaims claims = platform.launchClaims(login.nonce(), sub, course, link, quizId, LtiLaunchTest.LEARNER);
            if (!"link-1".equals(link)) {
                claims.setClaim(LaunchClaims.AGS_ENDPOINT, Map.of("lineitem", platform.lineitemUrl(course + "-" + link), "scope", List.of(ServiceTokens.SCORE_SCOPE)));
            }
            Response launched = tool.launch(platform.sign(claims), login.state());
            assertEquals(303, launched.statusCode(), launched.asString());
            return launched.getCookie(LtiSessions.COOKIE);
        }

        RequestSpecification form() {
            return given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).cookie("quizmark-csrf", csrfCookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrfToken);
        }

        /** Starts an attempt, answers {@code answers} (question id → value) as the page's script saves them, submits. */
        long takeQuiz(Quiz quiz, Map<String, String> answers) {
            Response started = form().post("/quizzes/" + quiz.id() + "/start");
            assertEquals(303, started.statusCode(), started.asString());
            String location = started.getHeader("Location");
            long attemptId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            answers.forEach((question, value) -> {
                Response saved = given().cookie(LtiSessions.COOKIE, session).cookie("quizmark-csrf", csrfCookie)
                        .header("X-CSRF-TOKEN", csrfToken).accept("application/json")
                        .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("q." + question, value)
                        .post("/attempts/" + attemptId + "/questions/" + question);
                assertEquals(200, saved.statusCode(), saved.asString());
            });
            Response submitted = form().post("/attempts/" + attemptId + "/submit");
            assertTrue(submitted.statusCode() < 400, submitted.asString());
            Attempt attempt = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId));
            assertEquals("SUBMITTED", attempt.status.name());
            return attemptId;
        }
    }
}
