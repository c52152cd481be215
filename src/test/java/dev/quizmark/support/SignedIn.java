package dev.quizmark.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quizmark.account.Role;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A signed-in browser for HTTP tests: the session cookie, plus the CSRF cookie and form token that every post
 * needs (taken from the layout's sign-out form, so any page works). Requests do not follow redirects.
 */
public final class SignedIn {

    /** Forms go out in UTF-8 without a charset parameter, as browsers send them. */
    private static final RestAssuredConfig UTF8_FORMS = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
            .defaultContentCharset(StandardCharsets.UTF_8).appendDefaultContentCharsetToContentTypeIfUndefined(false));

    public final String username;
    public final String password;
    /** The account's id. */
    public final long accountId;
    public final String session;
    public final String csrfCookie;
    public final String csrfToken;

    private SignedIn(String username, String password, long accountId, String session, String csrfCookie, String csrfToken) {
        this.username = username;
        this.password = password;
        this.accountId = accountId;
        this.session = session;
        this.csrfCookie = csrfCookie;
        this.csrfToken = csrfToken;
    }

    /** Signs in through the log-in form; fails the test when the sign-in is refused. */
    public static SignedIn as(String username, String password) {
        String session = SignIn.session(username, password);
        assertNotNull(session, "sign-in failed for " + username);
        Response page = given().cookie(SignIn.SESSION_COOKIE, session).get("/");
        String cookie = page.getCookie(SignIn.CSRF_COOKIE);
        assertNotNull(cookie, "no CSRF cookie on the home page of " + username);
        return new SignedIn(username, password, Accounts.idOf(username), session, cookie, SignIn.csrfToken(page));
    }

    public static SignedIn instructor() {
        return as(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
    }

    /** A new student account, signed in. */
    public static SignedIn newStudent() {
        return newAccount(Role.STUDENT);
    }

    public static SignedIn newAccount(Role role) {
        String username = Accounts.create(role);
        return as(username, Accounts.passwordOf(username));
    }

    /** Session and CSRF cookie, no redirects followed. */
    public RequestSpecification http() {
        return given().config(UTF8_FORMS).redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session)
                .cookie(SignIn.CSRF_COOKIE, csrfCookie);
    }

    /** Only the session cookie, as a forged cross-site request arrives: no CSRF cookie, no token. */
    public RequestSpecification withoutCsrf() {
        return given().config(UTF8_FORMS).redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session);
    }

    /** A url-encoded form post carrying the token, as the pages send it. */
    public RequestSpecification form() {
        return http().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(SignIn.CSRF_FIELD, csrfToken);
    }

    /** A multipart form (file uploads) carrying the token. */
    public RequestSpecification multipart() {
        return http().multiPart(SignIn.CSRF_FIELD, csrfToken);
    }

    /** A form post of {@code fields}; an {@link Iterable} value sends the field once per element (check boxes). */
    public Response post(String path, Map<String, ?> fields) {
        RequestSpecification spec = form();
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (field.getValue() instanceof Iterable<?> values) {
                for (Object value : values) {
                    spec = spec.formParam(field.getKey(), value);
                }
            } else {
                spec = spec.formParam(field.getKey(), field.getValue());
            }
        }
        return spec.post(path);
    }

    // Taking a quiz, as the attempt pages do.

    /** Starts an attempt and returns its id. */
    public long start(String quizId) {
        Response response = form().post("/quizzes/" + quizId + "/start");
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The page's save button (no JavaScript). */
    public Response save(long attemptId, Map<String, ?> fields) {
        return post("/attempts/" + attemptId, fields);
    }

    /** The script's background save: token in the X-CSRF-TOKEN header, JSON back. */
    public Response saveQuestion(long attemptId, String questionId, Map<String, ?> fields) {
        RequestSpecification spec = http().header("X-CSRF-TOKEN", csrfToken).accept("application/json")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            spec = spec.formParam(field.getKey(), field.getValue());
        }
        return spec.post("/attempts/" + attemptId + "/questions/" + questionId);
    }

    public Response submit(long attemptId) {
        return form().post("/attempts/" + attemptId + "/submit");
    }
}
