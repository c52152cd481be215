package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Visitor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, cookies with the default (quick-start) settings: the CSRF cookie carries a signature of the form
 * token rather than the token itself (on the old main they were equal) and is SameSite; Secure cookies and HSTS
 * are off, so plain http://localhost works (see {@link HttpsCookieSettingsTest} for HTTPS).
 */
@QuarkusTest
class CookieSettingsTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void csrfCookieIsSignedAndSameSite() {
        String session = Visitor.signIn("instructor", "instructor-test-password");
        Response page = given().cookie("quizmark-session", session).get("/instructor/accounts");
        Matcher token = TOKEN.matcher(page.asString());
        assertTrue(token.find(), "the page has a form token");
        String setCookie = CookieHeaders.of(page, "quizmark-csrf");
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("HTTPOnly"), setCookie);
        assertTrue(!setCookie.contains("Secure"), setCookie);
        assertNotEquals(token.group(1), page.getCookie("quizmark-csrf"), "the cookie holds the token's HMAC, not the token");
        assertNull(page.getHeader("Strict-Transport-Security"));
    }
}
