package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, cookies with the default (quick-start) settings: the CSRF cookie carries a signature of the form
 * token rather than the token itself (on the old main they were equal) and is SameSite; Secure cookies and HSTS
 * are off, so plain http://localhost works (see {@link HttpsCookieSettingsTest} for HTTPS).
 */
@QuarkusTest
class CookieSettingsTest {

    @Test
    void csrfCookieIsSignedAndSameSite() {
        String session = SignIn.session(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        Response page = given().cookie("quizmark-session", session).get("/instructor/accounts");
        String token = SignIn.csrfToken(page);
        String setCookie = CookieHeaders.of(page, "quizmark-csrf");
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("HTTPOnly"), setCookie);
        assertTrue(!setCookie.contains("Secure"), setCookie);
        assertNotEquals(token, page.getCookie("quizmark-csrf"), "the cookie holds the token's HMAC, not the token");
        assertNull(page.getHeader("Strict-Transport-Security"));
    }
}
