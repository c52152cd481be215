package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in student for REST tests: session cookie plus the CSRF cookie and token every post needs. */
public final class Student {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public final String username;
    public final long accountId;
    final String session;
    final String csrfCookie;
    public final String csrfToken;

    private Student(String username, long accountId, String session, String csrfCookie, String csrfToken) {
        this.username = username;
        this.accountId = accountId;
        this.session = session;
        this.csrfCookie = csrfCookie;
        this.csrfToken = csrfToken;
    }

    public static Student create() {
        return create(Role.STUDENT);
    }

    public static Student create(Role role) {
        String username = "st-" + UUID.randomUUID().toString().substring(0, 8);
        long id = QuarkusTransaction.requiringNew().call(() -> Account.create(username, "pw-" + username, role, "Student " + username).id);
        String session = SignIn.session(username, "pw-" + username);
        assertNotNull(session, "sign-in failed");
        Response page = given().cookie("quizmark-session", session).get(role == Role.STUDENT ? "/quizzes" : "/");
        String cookie = page.getCookie("quizmark-csrf");
        Matcher m = TOKEN.matcher(page.asString());
        assertTrue(m.find(), "no CSRF token on the page");
        return new Student(username, id, session, cookie, m.group(1));
    }

    /** Session and CSRF cookie, no redirects followed. */
    public RequestSpecification http() {
        return given().redirects().follow(false).cookie("quizmark-session", session).cookie("quizmark-csrf", csrfCookie);
    }

    /** A form post with the CSRF token field. */
    public RequestSpecification form() {
        return http().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrfToken);
    }

    public long start(String quizId) {
        Response response = form().post("/quizzes/" + quizId + "/start");
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public Response save(long attemptId, Map<String, ?> fields) {
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
        return spec.post("/attempts/" + attemptId);
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
