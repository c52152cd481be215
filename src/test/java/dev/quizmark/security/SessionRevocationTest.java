package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A session cookie stops working at once when the account's sessions are ended, and never comes back. */
@QuarkusTest
class SessionRevocationTest {

    private static final String PASSWORD = "session-test-password";

    private static String newStudent() {
        String username = "sr-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, PASSWORD, Role.STUDENT, "학생 " + username));
        return username;
    }

    private static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    /** The cookie still works: a student page answers 200. */
    private static void works(SignedIn visitor) {
        visitor.http().get("/quizzes").then().statusCode(200);
    }

    /** The cookie is refused: the student is sent to sign in, and the browser is told to drop the cookie. */
    private static void ended(SignedIn visitor) {
        Response refused = visitor.http().get("/quizzes");
        refused.then().statusCode(302).header("Location", endsWith("/login"));
        assertThat(refused.headers().getValues("Set-Cookie"), hasItem(startsWith("quizmark-session=;")));
        visitor.http().get("/").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void signingOutEndsThisAndEveryOtherSessionOfTheAccount() {
        String username = newStudent();
        SignedIn laptop = SignedIn.as(username, PASSWORD);
        SignedIn phone = SignedIn.as(username, PASSWORD);
        works(laptop);
        works(phone);
        Response signedOut = laptop.form().post("/logout");
        signedOut.then().statusCode(303).header("Location", endsWith("/login"));
        assertThat(signedOut.headers().getValues("Set-Cookie"), hasItem(startsWith("quizmark-session=;")));
        ended(laptop);
        ended(phone);
        works(SignedIn.as(username, PASSWORD));
    }

    @Test
    void changingThePasswordEndsOldSessions() {
        String username = newStudent();
        SignedIn changing = SignedIn.as(username, PASSWORD);
        SignedIn elsewhere = SignedIn.as(username, PASSWORD);
        changing.form().formParam("current", PASSWORD).formParam("password", "a brand new one")
                .formParam("confirm", "a brand new one").post("/account/password").then().statusCode(303)
                .header("Location", endsWith("/login?changed=true"));
        ended(changing);
        ended(elsewhere);
        works(SignedIn.as(username, "a brand new one"));
    }

    @Test
    void anInstructorResetEndsTheStudentsSessions() {
        String username = newStudent();
        SignedIn student = SignedIn.as(username, PASSWORD);
        works(student);
        String page = SignedIn.instructor().form().post("/instructor/accounts/" + idOf(username) + "/reset-password")
                .then().statusCode(200).extract().asString();
        Matcher oneTime = Pattern.compile("<code id=\"one-time-password\">([^<]+)</code>").matcher(page);
        assertTrue(oneTime.find(), page);
        ended(student);
        assertNotNull(SignIn.session(username, oneTime.group(1)));
    }

    @Test
    void disablingEndsSessionsAndEnablingAgainDoesNotReviveThem() {
        String username = newStudent();
        SignedIn student = SignedIn.as(username, PASSWORD);
        works(student);
        SignedIn instructor = SignedIn.instructor();
        instructor.form().post("/instructor/accounts/" + idOf(username) + "/disable").then().statusCode(303);
        ended(student);
        instructor.form().post("/instructor/accounts/" + idOf(username) + "/enable").then().statusCode(303);
        ended(student);
        works(SignedIn.as(username, PASSWORD));
    }

    @Test
    void anEndedSessionCookieDoesNotTrapTheBrowserInARedirectLoop() {
        String username = newStudent();
        SignedIn student = SignedIn.as(username, PASSWORD);
        student.form().post("/logout").then().statusCode(303);
        // The old cookie is refused once, with the order to delete it; without it the sign-in page loads.
        Response refused = student.http().get("/login");
        refused.then().statusCode(302).header("Location", endsWith("/login"));
        assertThat(refused.headers().getValues("Set-Cookie"), hasItem(allOf(startsWith("quizmark-session=;"),
                containsString("Max-Age=0"))));
        given().redirects().follow(false).get("/login").then().statusCode(200);
    }
}
