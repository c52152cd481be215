package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.quizmark.account.Account;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstructorPagesTest {

    @Inject
    QuizCatalog catalog;

    @Test
    void resultsPageShowsStatisticsHistogramItemsAndEscapedNames() {
        Quiz quiz = catalog.current("deepseek-open-source").orElseThrow();
        String group = "g-" + UUID.randomUUID().toString().substring(0, 6);
        Account student = ResultFixtures.student("<b>박</b>학생", group);
        String firstQuestion = quiz.questions().get(0).id();
        ResultFixtures.submitted(student, quiz.id(), quiz.contentHash(), 90, Instant.now(), firstQuestion, "[\"a\"]");
        given().cookie("quizmark-session", ResultFixtures.instructorSession())
                .get("/instructor/quizzes/" + quiz.id() + "?group=" + group).then().statusCode(200)
                .body(containsString("<svg"))
                .body(containsString("90.0"))
                .body(containsString("&lt;b&gt;박&lt;/b&gt;학생"))
                .body(not(containsString("<b>박</b>")))
                .body(containsString("#" + firstQuestion));
    }

    @Test
    void dashboardListsQuizzesAndFileProblems() {
        given().cookie("quizmark-session", ResultFixtures.instructorSession()).get("/instructor").then().statusCode(200)
                .body(containsString("R2 지연의 원인"))
                .body(containsString("퀴즈 파일에 오류가 없습니다"));
    }

    @Test
    void previewShowsAnswersToInstructors() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        given().cookie("quizmark-session", ResultFixtures.instructorSession()).get("/instructor/preview/" + quiz.id())
                .then().statusCode(200)
                .body(containsString(quiz.questions().get(0).sourceQuote().substring(0, 20)))
                .body(containsString("✔"));
    }

    @Test
    void badDateFilterIsA400WithTheField() {
        given().cookie("quizmark-session", ResultFixtures.instructorSession()).get("/instructor?from=soon")
                .then().statusCode(400).contentType(org.hamcrest.Matchers.startsWith("text/html")).body(containsString("‘from’ 값 “soon”"));
    }

    @Test
    void attemptPageShowsAnswersInWords() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        dev.quizmark.quiz.Question single = quiz.questions().stream()
                .filter(q -> q.type() == dev.quizmark.quiz.QuestionType.SINGLE).findFirst().orElseThrow();
        dev.quizmark.quiz.Question.Choice picked = single.choices().get(0);
        Account student = ResultFixtures.student("답안 확인", "g-answers");
        long attemptId = ResultFixtures.submitted(student, quiz.id(), quiz.contentHash(), 50, Instant.now(), single.id(),
                "[\"" + picked.id() + "\"]").id;
        String expected = picked.html().replaceAll("<[^>]*>", "");
        given().cookie("quizmark-session", ResultFixtures.instructorSession()).get("/instructor/attempts/" + attemptId)
                .then().statusCode(200)
                .body(containsString(single.title()))
                .body(containsString(expected.substring(0, Math.min(10, expected.length()))));
    }
}
