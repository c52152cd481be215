package dev.quizmark.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One-time passwords set by an instructor must be replaced at the next sign-in, before anything else. */
@QuarkusTest
class PasswordChangeTest {

    private static final Pattern ONE_TIME = Pattern.compile("<code id=\"one-time-password\">([^<]+)</code>");

    private static Account stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
    }

    @Test
    void resetPasswordWorksOnceThenTheStudentChoosesTheirOwn() {
        String username = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        long id = QuarkusTransaction.requiringNew().call(() -> Account.create(username, "forgotten one", Role.STUDENT, "학생").id);
        Matcher shown = ONE_TIME.matcher(SignedIn.instructor().form().post("/instructor/accounts/" + id + "/reset-password").asString());
        assertTrue(shown.find());
        String oneTime = shown.group(1);
        assertTrue(stored(username).mustChangePassword);

        SignedIn student = SignedIn.as(username, oneTime);
        for (String page : new String[] {"/", "/quizzes", "/quizzes/deepseek-r2-delay"}) {
            student.http().get(page).then().statusCode(303).header("Location", endsWith("/account/password"));
        }
        student.http().get("/account/password").then().statusCode(200).body(containsString("일회용 비밀번호로 로그인했습니다"));

        student.form().formParam("current", "wrong").formParam("password", "my own secret").formParam("confirm", "my own secret")
                .post("/account/password").then().statusCode(400).body(containsString("지금 비밀번호가 맞지 않습니다"));
        student.form().formParam("current", oneTime).formParam("password", "short").formParam("confirm", "short")
                .post("/account/password").then().statusCode(400).body(containsString("8자 이상"));
        student.form().formParam("current", oneTime).formParam("password", oneTime).formParam("confirm", oneTime)
                .post("/account/password").then().statusCode(400).body(containsString("지금 비밀번호와 달라야"));
        student.form().formParam("current", oneTime).formParam("password", "my own secret").formParam("confirm", "my own secrex")
                .post("/account/password").then().statusCode(400).body(containsString("일치하지 않습니다"));
        assertTrue(stored(username).mustChangePassword, "nothing changed by refused forms");

        student.form().formParam("current", oneTime).formParam("password", "my own secret").formParam("confirm", "my own secret")
                .post("/account/password").then().statusCode(303).header("Location", endsWith("/login?changed=true"));
        given().get("/login?changed=true").then().body(containsString("새 비밀번호로 로그인하세요"));
        assertFalse(stored(username).mustChangePassword);
        SignedIn.as(username, "my own secret").http().get("/quizzes").then().statusCode(200);
        assertNull(SignIn.session(username, oneTime), "the one-time password works once only");
        assertNotNull(SignIn.session(username, "my own secret"));
    }

    @Test
    void accountsCreatedByTheInstructorAlsoStartWithAOneTimePassword() {
        String username = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.instructor().form().formParam("username", username).formParam("displayName", "새 학생")
                .formParam("password", "given-by-teacher").post("/instructor/accounts").then().statusCode(303);
        assertTrue(stored(username).mustChangePassword);
        SignedIn.as(username, "given-by-teacher").http().get("/quizzes").then().statusCode(303);
    }

    @Test
    void studentsWithTheirOwnPasswordAreNotStoppedAndMayChangeIt() {
        String username = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, "chosen by me", Role.STUDENT, "학생"));
        SignedIn student = SignedIn.as(username, "chosen by me");
        student.http().get("/quizzes").then().statusCode(200);
        student.http().header("Accept-Language", "en").get("/account/password").then().statusCode(200)
                .body(containsString("Change password"));
        student.form().formParam("current", "chosen by me").formParam("password", "chosen again").formParam("confirm", "chosen again")
                .post("/account/password").then().statusCode(303);
        assertNotNull(SignIn.session(username, "chosen again"));
    }

    @Test
    void thePasswordFormNeedsTheCsrfToken() {
        String username = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, "chosen by me", Role.STUDENT, "학생"));
        SignedIn student = SignedIn.as(username, "chosen by me");
        student.http().contentType("application/x-www-form-urlencoded").formParam("current", "chosen by me")
                .formParam("password", "stolen password").formParam("confirm", "stolen password")
                .post("/account/password").then().statusCode(400);
        student.http().contentType("application/x-www-form-urlencoded").formParam("csrf-token", "forged")
                .formParam("current", "chosen by me").formParam("password", "stolen password").formParam("confirm", "stolen password")
                .post("/account/password").then().statusCode(400);
        assertNull(SignIn.session(username, "stolen password"));
    }
}
