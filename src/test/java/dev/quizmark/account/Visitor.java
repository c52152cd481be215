package dev.quizmark.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.SignIn;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser for REST tests: session cookie, plus the CSRF cookie and form token taken from a page. */
public final class Visitor {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public final String session;
    public final String csrfCookie;
    public final String csrfToken;

    private Visitor(String session, String csrfCookie, String csrfToken) {
        this.session = session;
        this.csrfCookie = csrfCookie;
        this.csrfToken = csrfToken;
    }

    public static String signIn(String username, String password) {
        return SignIn.session(username, password);
    }

    /** Signs in and reads the CSRF token from {@code page}, which must contain a form. */
    public static Visitor of(String username, String password, String page) {
        String session = signIn(username, password);
        assertNotNull(session, "sign-in failed for " + username);
        Response response = given().redirects().follow(false).cookie("quizmark-session", session).get(page);
        Matcher m = TOKEN.matcher(response.asString());
        assertTrue(m.find(), "no CSRF token on " + page + " (" + response.statusCode() + ")");
        return new Visitor(session, response.getCookie("quizmark-csrf"), m.group(1));
    }

    public static Visitor instructor() {
        return of("instructor", "instructor-test-password", "/instructor/accounts");
    }

    /** Session and CSRF cookie, redirects not followed. */
    public RequestSpecification http() {
        return given().redirects().follow(false).cookie("quizmark-session", session).cookie("quizmark-csrf", csrfCookie);
    }

    /** A url-encoded form post carrying the token, as the pages send it. */
    public RequestSpecification form() {
        return http().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrfToken);
    }
}
