package dev.quizmark.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in over HTTP as a browser does: opens the log-in page for its CSRF cookie and token, then posts the
 * form to j_security_check with both (the form is CSRF-protected). Redirects are not followed.
 */
public final class SignIn {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** The CSRF cookie and form token of one opened log-in page. */
    public record LoginPage(String csrfCookie, String csrfToken) {

        /** The form post, on a request that may carry more (a forwarded address, say). */
        public Response post(RequestSpecification request, String username, String password) {
            return request.redirects().follow(false).cookie("quizmark-csrf", csrfCookie)
                    .formParam("csrf-token", csrfToken).formParam("j_username", username)
                    .formParam("j_password", password).post("/j_security_check");
        }

        public Response post(String username, String password) {
            return post(given(), username, password);
        }
    }

    private SignIn() {
    }

    public static LoginPage open() {
        Response page = given().redirects().follow(false).get("/login");
        Matcher token = TOKEN.matcher(page.asString());
        assertTrue(token.find(), "no CSRF token on the log-in page (" + page.statusCode() + ")");
        String cookie = page.getCookie("quizmark-csrf");
        assertNotNull(cookie, "no CSRF cookie from the log-in page");
        return new LoginPage(cookie, token.group(1));
    }

    /** Opens the log-in page and posts the form. */
    public static Response post(String username, String password) {
        return open().post(username, password);
    }

    /** The session cookie of a successful sign-in, or null when it was refused. */
    public static String session(String username, String password) {
        return post(username, password).getCookie("quizmark-session");
    }
}
