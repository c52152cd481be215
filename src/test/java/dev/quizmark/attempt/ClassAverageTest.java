package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 12: a result page shows the class average once the quiz has closed, when the quiz file allows it. */
@QuarkusTest
class ClassAverageTest {

    @Test
    void theAverageAppearsOnlyAfterTheQuizClosesAndOnlyWhenTheFileAllowsIt() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.classAverage()));
        SignedIn full = SignedIn.newStudent();
        long fullAttempt = full.start(quiz.id());
        assertEquals(303, full.save(fullAttempt, Forms.correct(full, fullAttempt)).statusCode());
        assertEquals(303, full.submit(fullAttempt).statusCode());
        SignedIn blank = SignedIn.newStudent();
        long blankAttempt = blank.start(quiz.id());
        assertEquals(303, blank.submit(blankAttempt).statusCode());

        String whileOpen = full.http().get("/attempts/" + fullAttempt + "/review").then().statusCode(200).extract().asString();
        assertTrue(whileOpen.contains("10점 만점에 10점 (100%)"), whileOpen);
        assertFalse(whileOpen.contains("id=\"class-average\""), "the quiz is still open");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Quiz closed = catalog.edit(quiz, FixtureQuizzes.window(now.minusHours(2), now.minusMinutes(1)));
        String afterClose = full.http().get("/attempts/" + fullAttempt + "/review").asString();
        assertTrue(afterClose.contains("<p id=\"class-average\">반 평균 50% (학생 2명)</p>"), afterClose);
        String english = blank.http().cookie("quizmark-lang", "en").get("/attempts/" + blankAttempt + "/review").asString();
        assertTrue(english.contains("<p id=\"class-average\">Class average 50% (2 students)</p>"), english);

        catalog.rewrite(closed, text -> text.replace("class_average: true\n", ""));
        String notAllowed = full.http().get("/attempts/" + fullAttempt + "/review").asString();
        assertFalse(notAllowed.contains("id=\"class-average\""), "the file no longer allows it");
    }
}
