package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, cookies behind HTTPS: with QUIZMARK_SECURE_COOKIES and QUIZMARK_HSTS on, every cookie the app sets is
 * Secure (the session cookie too, although the test talks plain HTTP as the app does behind a TLS proxy) and
 * every response, the sign-in post included, sends Strict-Transport-Security. The old main had neither setting.
 */
@QuarkusTest
@TestProfile(HttpsCookieSettingsTest.BehindTls.class)
class HttpsCookieSettingsTest {

    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quizmark.http.secure-cookies", "true", "quizmark.http.hsts", "true");
        }
    }

    @Test
    void everyCookieIsSecureAndHstsIsSent() {
        Response signIn = SignIn.post(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        Response page = given().cookie("quizmark-session", signIn.getCookie("quizmark-session")).get("/instructor/accounts");
        Response language = given().redirects().follow(false).get("/language?to=en&back=/");
        List<String> cookies = List.of(CookieHeaders.of(signIn, "quizmark-session"), CookieHeaders.of(page, "quizmark-csrf"),
                CookieHeaders.of(language, "quizmark-lang"));
        for (String cookie : cookies) {
            assertTrue(cookie.contains("Secure"), cookie);
            assertTrue(cookie.contains("SameSite=Lax"), cookie);
        }
        for (Response response : List.of(signIn, page, language, given().get("/quizmark.css"))) {
            assertEquals("max-age=31536000", response.getHeader("Strict-Transport-Security"));
        }
    }
}
