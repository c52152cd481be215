package dev.quizmark.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "requests that break today": each of these answered 500 on the old main. Now each gets a 4xx whose
 * body says why, and the JSON client (the attempt page's script) gets its reason as JSON.
 */
@QuarkusTest
class MalformedRequestTest {

    @Inject
    QuizCatalog catalog;

    @Test
    void brokenRequestsGetAClientErrorWithAReason() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        SignedIn student = SignedIn.newStudent();
        long attempt = student.start(quiz.id());
        String fields1001 = IntStream.range(0, 1001).mapToObj(i -> "f" + i + "=1").collect(Collectors.joining("&"));
        List<String> wrong = new ArrayList<>();

        expect(wrong, "%00 in a reading path", 404, "role=\"alert\"",
                student.http().urlEncodingEnabled(false).get("/readings/%00.md"));
        expect(wrong, "more than 1,000 form fields", 400, "malformed-form",
                rawForm(student, "csrf-token=" + student.csrfToken + "&" + fields1001).post("/attempts/" + attempt));
        expect(wrong, "%zz in a form body", 400, "malformed-form",
                rawForm(student, "csrf-token=" + student.csrfToken + "&page=1&x=%zz").post("/attempts/" + attempt));
        expect(wrong, "%zz in the script's save, as JSON", 400, "\"code\":\"malformed-form\"",
                rawForm(student, "x=%zz").header("X-CSRF-TOKEN", student.csrfToken).accept("application/json")
                        .post("/attempts/" + attempt + "/questions/" + quiz.questions().get(0).id()));
        expect(wrong, "check=a%20b", 400, "unknown-question",
                rawForm(student, "csrf-token=" + student.csrfToken + "&page=1&check=a%20b").post("/attempts/" + attempt));
        expect(wrong, "back=/%09/x", 400, "back must be a path on this site",
                student.http().urlEncodingEnabled(false).get("/language?to=en&back=/%09/x"));
        expect(wrong, "to=+999999999-12-31", 400, "+999999999-12-31",
                SignedIn.instructor().http().urlEncodingEnabled(false).get("/instructor?to=%2B999999999-12-31"));
        expect(wrong, "from=+999999999-12-31 in an export", 400, "expected a date",
                SignedIn.instructor().http().urlEncodingEnabled(false).get("/instructor/export/grades.csv?from=%2B999999999-12-31"));
        assertEquals(List.of(), wrong);

        // Nothing of the broken posts was taken, and the attempt still works.
        student.http().get("/attempts/" + attempt).then().statusCode(200).body(containsString("attempt-form"));
    }

    private static io.restassured.specification.RequestSpecification rawForm(SignedIn student, String body) {
        return student.http().contentType("application/x-www-form-urlencoded; charset=UTF-8").body(body);
    }

    private static void expect(List<String> wrong, String what, int status, String reason, Response response) {
        if (response.statusCode() != status || !response.asString().contains(reason)) {
            wrong.add(what + " -> " + response.statusCode() + " " + response.asString().lines().limit(3).toList()
                    + " (expected " + status + " with \"" + reason + "\")");
        }
    }
}
