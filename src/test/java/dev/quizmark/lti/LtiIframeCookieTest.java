package dev.quizmark.lti;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Behind HTTPS the cookies of the LTI flow must survive the platform's cross-site iframe: the login's state
 * cookie and the LTI session are SameSite=None, Secure and Partitioned (CHIPS), unlike the site's own Lax cookies;
 * pages asked for with an LTI session may be framed and set their CSRF cookie the same way.
 */
@QuarkusTest
@TestProfile(LtiOverTls.class)
class LtiIframeCookieTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void launchCookiesAreForTheIframe() throws Exception {
        try (TestPlatform platform = new TestPlatform(root.toString().replaceAll("/$", ""))) {
            LtiTool tool = new LtiTool(platform).register();
            String course = "course-" + UUID.randomUUID().toString().substring(0, 6);
            tool.approve(course);
            Response login = given().redirects().follow(false).queryParam("iss", platform.issuer).queryParam("login_hint", "h")
                    .queryParam("target_link_uri", "x").get("/lti/login");
            assertEquals(302, login.statusCode());
            String stateCookie = setCookie(login, LtiRoutes.STATE_COOKIE);
            LtiTool.Login state = tool.login();
            Response launched = tool.launch(platform.sign(platform.launchClaims(state.nonce(), "s-" + course, course, "l",
                    "deepseek-r2-delay", LtiLaunchTest.LEARNER)), state.state());
            assertEquals(303, launched.statusCode(), launched.asString());
            for (String cookie : List.of(stateCookie, setCookie(launched, LtiSessions.COOKIE))) {
                assertTrue(cookie.contains("SameSite=None"), cookie);
                assertTrue(cookie.contains("Secure"), cookie);
                assertTrue(cookie.contains("Partitioned"), cookie);
                assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), cookie);
            }

            // The quiz's pages, asked for with the LTI session, may be framed by the platform, and their CSRF cookie
            // reaches the frame like the session does, so the attempt's forms work there.
            String session = launched.getCookie(LtiSessions.COOKIE);
            Response quiz = given().redirects().follow(false).cookie(LtiSessions.COOKIE, session).get("/quizzes/deepseek-r2-delay");
            assertEquals(200, quiz.statusCode());
            assertTrue(quiz.getHeader("Content-Security-Policy").endsWith("frame-ancestors 'self' https:"),
                    quiz.getHeader("Content-Security-Policy"));
            assertEquals(null, quiz.getHeader("X-Frame-Options"));
            String csrf = setCookie(quiz, "quizmark-csrf");
            assertTrue(csrf.contains("SameSite=None") && csrf.contains("Secure") && csrf.endsWith("; Partitioned"), csrf);
            assertEquals(1, quiz.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("quizmark-csrf=")).count());
            // The same page without an LTI session (a password sign-in, a visitor) still refuses every frame.
            Response visitor = given().redirects().follow(false).get("/login");
            assertTrue(visitor.getHeader("Content-Security-Policy").endsWith("frame-ancestors 'none'"),
                    visitor.getHeader("Content-Security-Policy"));
            assertEquals("DENY", visitor.getHeader("X-Frame-Options"));
            String lax = setCookie(visitor, "quizmark-csrf");
            assertTrue(!lax.contains("Partitioned") && lax.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), lax);
        }
    }

    private static String setCookie(Response response, String name) {
        return response.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.getHeaders()));
    }
}
