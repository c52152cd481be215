package dev.quizmark.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quizmark.support.SignIn;
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
        return SignIn.post(username, password);
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
        given().when().get("/login?error=true").then().body(containsString("아이디 또는 비밀번호가 맞지 않습니다"));
    }

    @Test
    void repeatedFailuresMakeThisClientWaitEvenWithTheRightPassword() {
        String username = newStudent("correct horse");
        // A client address of its own (the tests trust the loopback proxy), so no other test shares its counters.
        String address = "192.0.2." + (1 + (int) (Math.random() * 250));
        SignIn.FormPage page = SignIn.open();
        for (int i = 0; i < 5; i++) {
            page.post(given().header("X-Forwarded-For", address), username, "guess " + i)
                    .then().header("Location", endsWith("/login?error=true"));
        }
        Response refused = page.post(given().header("X-Forwarded-For", address), username, "correct horse");
        refused.then().statusCode(302).header("Location", containsString("/login?error=wait&seconds="));
        assertNull(refused.getCookie("quizmark-session"));
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
