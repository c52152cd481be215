package dev.quizmark.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Self-registration with the class join code (the test profile sets one). */
@QuarkusTest
class RegistrationTest {

    private Response post(String code, String username) {
        return SignIn.openForm("/register").form().formParam("joinCode", code).formParam("username", username)
                .formParam("displayName", "가입 학생").formParam("password", "long enough password")
                .post("/register");
    }

    @Test
    void theRightJoinCodeCreatesAStudentWhoCanSignIn() {
        given().get("/login").then().body(containsString("href=\"/register\""));
        String username = "self-" + UUID.randomUUID().toString().substring(0, 8);
        post("test-join-code", username).then().statusCode(303).header("Location", endsWith("/login?registered=true"));
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
        assertTrue(account.role == Role.STUDENT);
        assertTrue(!account.mustChangePassword, "a password the student chose is not one-time");
        assertNotNull(SignIn.session(username, "long enough password"));
    }

    @Test
    void aWrongJoinCodeNamesTheFieldAndSavesNothing() {
        String username = "self-" + UUID.randomUUID().toString().substring(0, 8);
        post("guess", username).then().statusCode(400).body(containsString("가입 코드가 맞지 않습니다"))
                .body(containsString("value=\"" + username + "\""));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isEmpty()));
    }

    @Test
    void registeringNeedsTheCsrfToken() {
        String username = Accounts.unique("no-token-");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("joinCode", "test-join-code").formParam("username", username)
                .formParam("displayName", "x").formParam("password", "long enough password")
                .post("/register").then().statusCode(400);
        assertFalse(Accounts.exists(username), "a refused registration creates no account");
    }
}
