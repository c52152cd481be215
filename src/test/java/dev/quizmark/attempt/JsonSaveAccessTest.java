package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.account.Role;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The script's per-question save route refuses anyone but the attempt's owner, and stores nothing for them. */
@QuarkusTest
class JsonSaveAccessTest {

    private static List<String> stored(long attemptId, String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionResponse.<QuestionResponse>find(
                "attemptId = ?1 and questionId = ?2", attemptId, questionId).firstResultOptional()
                .map(QuestionResponse::answer).orElse(List.of()));
    }

    @Test
    void anonymousAndInstructorCannotSaveIntoAStudentsAttempt() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        SignedIn owner = SignedIn.newStudent();
        long id = owner.start(quiz.id());
        owner.saveQuestion(id, "short", Map.of("q.short", "mine")).then().statusCode(200);

        // Anonymous, with a CSRF cookie and token of its own as a page would give: sent to sign in, nothing saved.
        SignIn.FormPage page = SignIn.open();
        given().redirects().follow(false).cookie(SignIn.CSRF_COOKIE, page.csrfCookie())
                .header("X-CSRF-TOKEN", page.csrfToken()).accept("application/json")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("q.short", "anonymous")
                .post("/attempts/" + id + "/questions/short")
                .then().statusCode(302).header("Location", endsWith("/login"))
                .body(not(containsString("saved")));
        assertEquals(List.of("mine"), stored(id, "short"));

        // An instructor (any signed-in non-student) is refused by role.
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        instructor.saveQuestion(id, "short", Map.of("q.short", "instructor")).then().statusCode(403)
                .body(not(containsString("saved")));
        assertEquals(List.of("mine"), stored(id, "short"));
        assertEquals(AttemptStatus.IN_PROGRESS, QuarkusTransaction.requiringNew()
                .call(() -> Attempt.<Attempt>findById(id).status));
    }
}
