package dev.quizmark.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    private static String newStudent(String password) {
        String username = "s-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, password, Role.STUDENT, "학생 " + username));
        return username;
    }

    private static Response signIn(String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    @Test
    void rightPasswordSignsIn() {
        String username = newStudent("correct horse");
        Response response = signIn(username, "correct horse");
        response.then().statusCode(302);
        String session = response.getCookie("quizmark-session");
        assertNotNull(session);
        given().cookie("quizmark-session", session).when().get("/").then().statusCode(200)
                .body(containsString("학생 " + username));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String username = newStudent("correct horse");
        signIn(username, "wrong").then().statusCode(302).header("Location", endsWith("/login?error=true"));
        signIn("nobody-" + username, "wrong").then().statusCode(302).header("Location", endsWith("/login?error=true"));
        given().when().get("/login?error=true").then().body(containsString("아이디 또는 비밀번호가 맞지 않거나"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String username = newStudent("correct horse");
        for (int i = 0; i < 5; i++) {
            signIn(username, "guess " + i).then().header("Location", endsWith("/login?error=true"));
        }
        assertNull(signIn(username, "correct horse").getCookie("quizmark-session"));
    }

    @Test
    void disabledAccountCannotSignIn() {
        String username = newStudent("correct horse");
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(username).orElseThrow().enabled = false);
        assertNull(signIn(username, "correct horse").getCookie("quizmark-session"));
    }

    @Test
    void logoutNeedsTheCsrfToken() {
        given().redirects().follow(false).when().post("/logout").then().statusCode(400);
    }
}
