package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.AnswerFields;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An instructor edits a quiz file while students are taking it: the real catalog on a real folder. */
@QuarkusTest
class QuizEditDuringAttemptTest {

    /** The single-choice key moves from CANN to CUDA. */
    private static String cudaIsRight(String text) {
        return text.replace("- [x] CANN", "- [ ] CANN").replace("- [ ] CUDA", "- [x] CUDA");
    }

    @Test
    void anAttemptIsGradedWithTheKeyItWasStartedOn() {
        FixtureQuizzes.Folder folder = FixtureQuizzes.folder();
        Quiz quiz = folder.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long started = student.start(quiz.id());
        student.save(started, Map.of(AnswerFields.PRESENT, "single", "q.single", choiceShowing(student, started, "CANN"))).then().statusCode(303);

        Quiz edited = folder.rewrite(quiz, QuizEditDuringAttemptTest::cudaIsRight);
        assertNotEquals(quiz.contentHash(), edited.contentHash(), "the edit is a new version");

        student.submit(started).then().statusCode(303);
        assertEquals(new BigDecimal("1.000"), score(started), "CANN was right in the version the attempt started on");

        long next = student.start(quiz.id());
        student.save(next, Map.of(AnswerFields.PRESENT, "single", "q.single", choiceShowing(student, next, "CANN"))).then().statusCode(303);
        student.submit(next).then().statusCode(303);
        assertEquals(new BigDecimal("0.000"), score(next), "a new attempt uses the edited key");
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionAndThePreviewSaysWhere() {
        FixtureQuizzes.Folder folder = FixtureQuizzes.folder();
        Quiz quiz = folder.add(FixtureQuizzes.quiz(s -> s));
        Quiz served = folder.rewrite(quiz, text -> text.replace("pass_mark: 60", "pass_mark: lots"));
        assertEquals(quiz.contentHash(), served.contentHash(), "the broken file does not replace the good version");

        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        assertEquals(quiz.contentHash(), QuarkusTransaction.requiringNew().call(
                () -> Attempt.<Attempt>findById(id).contentHash));
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/preview/" + quiz.id())
                .then().statusCode(200).body(containsString("fixtures/" + quiz.id() + ".md:6</code>"));
    }

    /** The value of the single-choice radio button labelled {@code text} on the attempt page, as a student picks it. */
    private static String choiceShowing(SignedIn student, long attemptId, String text) {
        String page = student.http().get("/attempts/" + attemptId).then().statusCode(200).extract().asString();
        Matcher choice = Pattern.compile("name=\"q\\.single\" value=\"([^\"]+)\"> <label for=\"[^\"]+\">"
                + Pattern.quote(text) + "<").matcher(page);
        assertTrue(choice.find(), "no choice " + text + " on the attempt page");
        return choice.group(1);
    }

    private static BigDecimal score(long attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId).scorePoints);
    }
}
