package dev.quizmark.lti;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Login and launch against a test platform that signs with jose4j: a good launch signs the student in for
 * the approved course only, and every id_token check refuses its forgery.
 */
@QuarkusTest
class LtiLaunchTest {

    static final String QUIZ = "deepseek-r2-delay";
    static final List<String> LEARNER = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
    static final List<String> INSTRUCTOR = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student");

    @TestHTTPResource("/")
    URL root;

    TestPlatform platform;
    LtiTool tool;
    String course;

    @BeforeEach
    void setUp() throws Exception {
        platform = new TestPlatform(root.toString().replaceAll("/$", ""));
        tool = new LtiTool(platform).register();
        course = "course-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void tearDown() {
        platform.close();
    }

    private String token(LtiTool.Login login, String sub, List<String> roles) throws Exception {
        return platform.sign(platform.launchClaims(login.nonce(), sub, course, "link-1", QUIZ, roles));
    }

    @Test
    void loginRedirectsToThePlatformWithStateAndNonce() {
        LtiTool.Login login = tool.login();
        assertEquals("openid", login.query().get("scope"));
        assertEquals("id_token", login.query().get("response_type"));
        assertEquals("form_post", login.query().get("response_mode"));
        assertEquals("none", login.query().get("prompt"));
        assertEquals(TestPlatform.CLIENT_ID, login.query().get("client_id"));
        assertEquals("hint-1", login.query().get("login_hint"));
        assertEquals("msg-1", login.query().get("lti_message_hint"));
        assertTrue(login.query().get("redirect_uri").endsWith("/lti/launch"));
        assertNotNull(login.state());
        assertNotNull(login.nonce());
        assertEquals(login.state(), login.stateCookie());
        // The same login started over POST (as Canvas does) works too.
        Response posted = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("iss", platform.issuer).formParam("login_hint", "h").formParam("target_link_uri", "http://tool.test/x")
                .post("/lti/login");
        assertEquals(302, posted.statusCode(), posted.asString());
        // An unknown platform is refused.
        Response unknown = given().redirects().follow(false).queryParam("iss", "https://unknown.test")
                .queryParam("login_hint", "h").queryParam("target_link_uri", "x").get("/lti/login");
        assertEquals(400, unknown.statusCode());
    }

    @Test
    void studentLaunchSignsInForTheApprovedCourseOnly() throws Exception {
        String sub = "student-" + UUID.randomUUID();
        LtiTool.Login first = tool.login();
        Response refused = tool.launch(token(first, sub, LEARNER), first.state());
        assertEquals(403, refused.statusCode(), "a course nobody approved lets nobody in");
        assertNull(refused.getCookie(LtiSessions.COOKIE));

        tool.approve(course);
        LtiTool.Login login = tool.login();
        Response launched = tool.launch(token(login, sub, LEARNER), login.state());
        assertEquals(303, launched.statusCode(), launched.asString());
        assertTrue(launched.getHeader("Location").startsWith("/lti/framed?ticket="), launched.getHeader("Location"));
        String session = launched.getCookie(LtiSessions.COOKIE);
        assertNotNull(session);
        assertTrue(launched.getHeader("Content-Security-Policy").contains("frame-ancestors 'self' https:"),
                launched.getHeader("Content-Security-Policy"));
        assertNull(launched.getHeader("X-Frame-Options"), "the platform frames the launch page");

        Account account = accountOf(sub);
        assertEquals("Student " + sub, account.displayName);
        assertEquals(sub + "@school.test", account.email);
        assertEquals(Role.STUDENT, account.role);

        Response quiz = given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).get("/quizzes/" + QUIZ);
        assertEquals(200, quiz.statusCode());
        assertTrue(quiz.getHeader("Content-Security-Policy").endsWith("frame-ancestors 'self' https:"),
                "an LTI session's pages may be framed by the platform: " + quiz.getHeader("Content-Security-Policy"));
        assertTrue(quiz.asString().contains("Student " + sub));
        assertEquals(403, given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).get("/instructor").statusCode());

        // The frame kept the session cookie: its next stop opens the quiz right there.
        Response framed = given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).get(launched.getHeader("Location"));
        assertEquals(303, framed.statusCode(), framed.asString());
        assertEquals("/quizzes/" + QUIZ, framed.getHeader("Location"));
        assertTrue(framed.getHeader("Content-Security-Policy").contains("frame-ancestors 'self' https:"));
        // Another launch's session (someone else in this browser) is not this launch's: the page and the ticket.
        Response otherSession = given().redirects().follow(false).cookie(LtiSessions.COOKIE, "forged").get(launched.getHeader("Location"));
        assertEquals(200, otherSession.statusCode());
        // Cookies blocked in the iframe: the page says so, and its ticket opens a session in a window of its own, once.
        Response blocked = given().redirects().follow(false).get(launched.getHeader("Location"));
        assertEquals(200, blocked.statusCode(), blocked.asString());
        assertTrue(blocked.asString().contains("id=\"lti-cookies-blocked\""), blocked.asString());
        assertTrue(blocked.getHeader("Content-Security-Policy").contains("frame-ancestors 'self' https:"));
        assertNull(blocked.getHeader("X-Frame-Options"));
        String ticket = LtiTool.ticket(blocked);
        Response opened = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("ticket", ticket).post("/lti/session");
        assertEquals(303, opened.statusCode(), opened.asString());
        assertEquals("/quizzes/" + QUIZ, opened.getHeader("Location"));
        assertEquals(200, given().redirects().follow(false).cookie(LtiSessions.COOKIE, opened.getCookie(LtiSessions.COOKIE))
                .get("/quizzes/" + QUIZ).statusCode());
        Response again = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("ticket", ticket).post("/lti/session");
        assertEquals(401, again.statusCode(), "a ticket works once");

        // A launch in a window of its own goes straight to the quiz.
        LtiTool.Login top = tool.login();
        Response direct = given().redirects().follow(false).header("Sec-Fetch-Dest", "document")
                .contentType("application/x-www-form-urlencoded").formParam("id_token", token(top, sub, LEARNER))
                .formParam("state", top.state()).post("/lti/launch");
        assertEquals(303, direct.statusCode());
        assertEquals("/quizzes/" + QUIZ, direct.getHeader("Location"));

        // Revoking the course's approval ends its sessions.
        Response revoked = tool.instructorForm().formParam("approved", "false")
                .post("/instructor/lti/contexts/" + tool.contextRow(course) + "/approve");
        assertEquals(303, revoked.statusCode());
        assertEquals(302, given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).get("/quizzes/" + QUIZ).statusCode());
    }

    @Test
    void instructorRoleIsForThisCourseAndNeverForThePlatformSettings() throws Exception {
        String sub = "teacher-" + UUID.randomUUID();
        LtiTool.Login first = tool.login();
        assertEquals(403, tool.launch(token(first, sub, INSTRUCTOR), first.state()).statusCode(),
                "an instructor of a course that is not this one gets nothing");
        tool.approve(course);
        LtiTool.Login login = tool.login();
        Response launched = given().redirects().follow(false).header("Sec-Fetch-Dest", "document")
                .contentType("application/x-www-form-urlencoded").formParam("id_token", token(login, sub, INSTRUCTOR))
                .formParam("state", login.state()).post("/lti/launch");
        assertEquals(303, launched.statusCode(), launched.asString());
        assertEquals("/instructor/quizzes/" + QUIZ, launched.getHeader("Location"));
        String session = launched.getCookie(LtiSessions.COOKIE);
        assertEquals(200, given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).get("/instructor").statusCode());
        assertEquals(403, given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).get("/instructor/lti").statusCode());
        assertEquals(403, given().redirects().follow(false).cookie(LtiSessions.COOKIE, session)
                .get("/instructor/lti/registrations/" + tool.registrationId).statusCode());

        // The same person launching as a learner (say, in a course they take) is a student in that session.
        LtiTool.Login asLearner = tool.login();
        Response learner = tool.launch(token(asLearner, sub, LEARNER), asLearner.state());
        assertEquals(403, given().redirects().follow(false).cookie(LtiSessions.COOKIE, learner.getCookie(LtiSessions.COOKIE))
                .get("/instructor").statusCode());
    }

    /** Every check of the id_token, each with the forgery it stops; none may sign anyone in. */
    @Test
    void everyIdTokenCheckRefusesItsForgery() throws Exception {
        tool.approve(course);
        // The course must exist first: launch once properly.
        LtiTool.Login ok = tool.login();
        assertEquals(303, tool.launch(token(ok, "s-ok", LEARNER), ok.state()).statusCode());

        RsaJsonWebKey stranger = TestPlatform.newKey("p1");
        Map<String, Forgery> forgeries = new LinkedHashMap<>();
        forgeries.put("bad signature (right kid, other key)", login -> TestPlatform.sign(claims(login), stranger,
                AlgorithmIdentifiers.RSA_USING_SHA256));
        forgeries.put("alg none", login -> {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims(login).toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
            jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
            jws.setKeyIdHeaderValue("p1");
            return jws.getCompactSerialization();
        });
        forgeries.put("alg HS256 keyed with the platform's public key", login -> {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims(login).toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            jws.setKey(new HmacKey(platform.published.get(0).toJson().getBytes(StandardCharsets.UTF_8)));
            jws.setDoKeyValidation(false);
            jws.setKeyIdHeaderValue("p1");
            return jws.getCompactSerialization();
        });
        forgeries.put("unknown kid", login -> TestPlatform.sign(claims(login), TestPlatform.newKey("nobody"),
                AlgorithmIdentifiers.RSA_USING_SHA256));
        forgeries.put("wrong aud", login -> signed(login, c -> c.setAudience("someone-else")));
        forgeries.put("several aud, no azp", login -> signed(login, c -> c.setAudience(TestPlatform.CLIENT_ID, "other")));
        forgeries.put("wrong azp", login -> signed(login, c -> {
            c.setAudience(TestPlatform.CLIENT_ID, "other");
            c.setClaim("azp", "other");
        }));
        forgeries.put("wrong iss", login -> signed(login, c -> c.setIssuer("https://evil.test")));
        forgeries.put("unknown deployment", login -> signed(login, c -> c.setClaim(LaunchClaims.DEPLOYMENT_ID, "deployment-x")));
        forgeries.put("expired", login -> signed(login, c -> {
            c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
            c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 120));
        }));
        forgeries.put("iat in the future", login -> signed(login, c -> c.setIssuedAt(
                NumericDate.fromSeconds(NumericDate.now().getValue() + 600))));
        forgeries.put("no exp", login -> signed(login, c -> c.unsetClaim("exp")));
        forgeries.put("nonce of another login", login -> signed(login, c -> c.setClaim("nonce", "made-up")));
        forgeries.put("version 1.1", login -> signed(login, c -> c.setClaim(LaunchClaims.VERSION, "1.1")));
        forgeries.put("unknown message type", login -> signed(login, c -> c.setClaim(LaunchClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest")));
        forgeries.put("no sub", login -> signed(login, c -> c.unsetClaim("sub")));
        forgeries.put("not a JWT", login -> "garbage");

        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, Forgery> forgery : forgeries.entrySet()) {
            LtiTool.Login login = tool.login();
            Response response = tool.launch(forgery.getValue().token(login), login.state());
            if (response.statusCode() != 401 || response.getCookie(LtiSessions.COOKIE) != null) {
                accepted.add(forgery.getKey() + " -> " + response.statusCode());
            }
        }
        assertEquals(List.of(), accepted);

        // Replays: the same post twice, and an old token with a new login's state.
        LtiTool.Login login = tool.login();
        String idToken = token(login, "s-replay", LEARNER);
        assertEquals(303, tool.launch(idToken, login.state()).statusCode());
        assertEquals(401, tool.launch(idToken, login.state()).statusCode(), "replayed state and nonce");
        LtiTool.Login next = tool.login();
        assertEquals(401, tool.launch(idToken, next.state()).statusCode(), "replayed nonce with a fresh state");
        // A state from the login of another browser (its state cookie differs) is refused.
        LtiTool.Login mine = tool.login();
        LtiTool.Login theirs = tool.login();
        Response crossed = given().redirects().follow(false).cookie(LtiRoutes.STATE_COOKIE, mine.state())
                .contentType("application/x-www-form-urlencoded").formParam("id_token", token(theirs, "s-x", LEARNER))
                .formParam("state", theirs.state()).post("/lti/launch");
        assertEquals(401, crossed.statusCode());
        assertEquals(401, tool.launch(token(login, "s-y", LEARNER), "no-such-state").statusCode());
    }

    @Test
    void platformKeyRotationIsFollowedByOneRefetch() throws Exception {
        tool.approve(course);
        LtiTool.Login before = tool.login();
        assertEquals(303, tool.launch(token(before, "s-rot", LEARNER), before.state()).statusCode());
        platform.rotate("p2");
        LtiTool.Login after = tool.login();
        assertEquals(303, tool.launch(token(after, "s-rot", LEARNER), after.state()).statusCode(),
                "a new kid makes Quizmark fetch the platform's keys again");
        // The retired key is gone from the platform's set: a token signed with it no longer passes.
        LtiTool.Login old = tool.login();
        RsaJsonWebKey retired = TestPlatform.newKey("p1");
        assertEquals(401, tool.launch(TestPlatform.sign(claims(old), retired, AlgorithmIdentifiers.RSA_USING_SHA256),
                old.state()).statusCode());
    }

    static Account accountOf(String sub) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Number id = (Number) Account.getEntityManager().createNativeQuery("select account_id from lti_user where sub = ?1")
                    .setParameter(1, sub).getSingleResult();
            return Account.<Account>findById(id.longValue());
        });
    }

    private interface Forgery {
        String token(LtiTool.Login login) throws Exception;
    }

    private JwtClaims claims(LtiTool.Login login) {
        return platform.launchClaims(login.nonce(), "s-forged", course, "link-1", QUIZ, LEARNER);
    }

    private String signed(LtiTool.Login login, Consumer<JwtClaims> change) throws Exception {
        JwtClaims claims = claims(login);
        change.accept(claims);
        return platform.sign(claims);
    }
}
