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

    public static final String SESSION_COOKIE = "quizmark-session";
    public static final String CSRF_COOKIE = "quizmark-csrf";
    public static final String CSRF_FIELD = "csrf-token";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** The CSRF cookie and form token of one opened page with a form (the log-in page, say), before signing in. */
    public record FormPage(String csrfCookie, String csrfToken) {

        /** A url-encoded post of this page's form, carrying the cookie and token as a browser does. */
        public RequestSpecification form() {
            return given().redirects().follow(false).cookie(CSRF_COOKIE, csrfCookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(CSRF_FIELD, csrfToken);
        }

        /** The form post, on a request that may carry more (a forwarded address, say). */
        public Response post(RequestSpecification request, String username, String password) {
            return request.redirects().follow(false).cookie(CSRF_COOKIE, csrfCookie)
                    .formParam(CSRF_FIELD, csrfToken).formParam("j_username", username)
                    .formParam("j_password", password).post("/j_security_check");
        }

        public Response post(String username, String password) {
            return post(given(), username, password);
        }
    }

    private SignIn() {
    }

    public static FormPage open() {
        return openForm("/login");
    }

    /** Opens a page with a form while signed out (the log-in or registration page). */
    public static FormPage openForm(String path) {
        Response page = given().redirects().follow(false).get(path);
        String cookie = page.getCookie(CSRF_COOKIE);
        assertNotNull(cookie, "no CSRF cookie from " + path);
        return new FormPage(cookie, csrfToken(page));
    }

    /** The CSRF form token on a page; fails the test when the page has no form. */
    public static String csrfToken(Response page) {
        return csrfToken(page.asString(), page.statusCode());
    }

    /** The page with its CSRF token blanked out, for comparing pages that differ only in their token. */
    public static String withoutCsrfToken(String html) {
        return TOKEN.matcher(html).replaceAll("name=\"csrf-token\" value=\"TOKEN\"");
    }

    public static String csrfToken(String html, int status) {
        Matcher token = TOKEN.matcher(html);
        assertTrue(token.find(), "no CSRF token on the page (" + status + ")");
        return token.group(1);
    }

    /** Opens the log-in page and posts the form. */
    public static Response post(String username, String password) {
        return open().post(username, password);
    }

    /** The session cookie of a successful sign-in, or null when it was refused. */
    public static String session(String username, String password) {
        return post(username, password).getCookie(SESSION_COOKIE);
    }
}
