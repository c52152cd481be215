package dev.quizmark.app;

import dev.quizmark.support.SignedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 403 and 404 in the app's layout and the visitor's language, JSON for the attempt script. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void studentsAskingForInstructorPagesGetALocalizedForbiddenPage() {
        SignedIn student = SignedIn.newStudent();
        student.http().get("/instructor").then().statusCode(403)
                .body(containsString("볼 수 없는 페이지입니다")).body(containsString("<header class=\"site\">"));
        student.http().cookie(Languages.COOKIE, "en").get("/instructor").then().statusCode(403)
                .body(containsString("You cannot see this page"));
    }

    @Test
    void unknownPagesGetALocalizedNotFoundPage() {
        SignedIn student = SignedIn.newStudent();
        student.http().get("/quizzes/no-such-quiz/nothing/here").then().statusCode(404)
                .body(containsString("페이지를 찾을 수 없습니다")).body(not(containsString("Resource not found")));
        student.http().get("/no-such-page").then().statusCode(404)
                .body(containsString("페이지를 찾을 수 없습니다")).body(not(containsString("Resource not found")));
    }
}
