package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.support.ClientAddresses;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Self-registration gives nothing away without the join code, cannot be used to guess the code quickly, is
 * not offered to signed-in users, and lets students pick a group only when the instructor allows it (the
 * test profile does not).
 */
@QuarkusTest
class RegistrationAbuseTest {

    /** The registration form as a browser at {@code address} sends it. */
    static Response register(String address, String code, String username, String group) {
        return SignIn.openForm("/register").form().header("X-Forwarded-For", address).formParam("joinCode", code).formParam("username", username).formParam("displayName", "가입 학생")
                .formParam("group", group).formParam("password", "long enough password").post("/register");
    }

    private static String existingStudent() {
        String username = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, "some password", Role.STUDENT, "학생"));
        return username;
    }

    /** The page with the parts that differ by design (the username typed, the CSRF token) blanked out. */
    private static String normalized(Response response, String username) {
        return SignIn.withoutCsrfToken(response.asString().replace(username, "USERNAME"));
    }

    @Test
    void aWrongCodeIsAnsweredTheSameWhetherTheUsernameExistsOrNot() {
        String taken = existingStudent();
        String free = "free-" + UUID.randomUUID().toString().substring(0, 8);
        Response forTaken = register(ClientAddresses.next(), "wrong code", taken, null);
        Response forFree = register(ClientAddresses.next(), "wrong code", free, null);
        assertEquals(400, forTaken.statusCode());
        assertEquals(forTaken.statusCode(), forFree.statusCode());
        assertEquals(normalized(forFree, free), normalized(forTaken, taken));
        forTaken.then().body(containsString("가입 코드가 맞지 않습니다")).body(not(containsString("이미 있는 아이디")));
    }

    @Test
    void joinCodeGuessesAreSlowedDown() {
        String guesser = ClientAddresses.next();
        for (int i = 0; i < 5; i++) {
            register(guesser, "guess-" + i, "guesser-" + i, null).then().statusCode(400);
        }
        String username = "late-" + UUID.randomUUID().toString().substring(0, 8);
        register(guesser, "test-join-code", username, null).then().statusCode(429).header("Retry-After", "1")
                .body(containsString("1초 뒤에 다시 시도하세요"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isEmpty()));
        register(ClientAddresses.next(), "test-join-code", username, null).then().statusCode(303);
    }

    @Test
    void signedInUsersAreSentToTheFrontPage() {
        String username = existingStudent();
        SignedIn student = SignedIn.as(username, "some password");
        student.http().get("/register").then().statusCode(303).header("Location", endsWith("/"));
        student.form().formParam("joinCode", "test-join-code").formParam("username", "second-" + username.substring(6))
                .formParam("displayName", "둘째").formParam("password", "long enough password").post("/register")
                .then().statusCode(303).header("Location", endsWith("/"));
    }

    @Test
    void studentsDoNotPickTheirGroupUnlessTheInstructorAllowsIt() {
        given().get("/register").then().statusCode(200).body(not(containsString("name=\"group\"")));
        String username = "nogroup-" + UUID.randomUUID().toString().substring(0, 8);
        register(ClientAddresses.next(), "test-join-code", username, "A반").then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().groupName));
    }
}
