package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.attempt.Forms;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstructorPagesTest {

    @Inject
    QuizCatalog catalog;

    @Test
    void resultsPageShowsStatisticsHistogramItemsAndEscapedNames() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        String group = "g-" + UUID.randomUUID().toString().substring(0, 6);
        Account student = Accounts.student("<b>박</b>학생", group);
        // Everything right but the number: 9 of 10 points.
        TakenAttempts.takeFixture(TakenAttempts.student(student), quiz.id(), Map.of("q.numeric", "71.7"));
        String page = given().cookie("quizmark-session", SignedIn.instructor().session)
                .get("/instructor/quizzes/" + quiz.id() + "?group=" + group).then().statusCode(200)
                .body(containsString("<svg"))
                .body(containsString("<dd>90 %</dd>"))
                .body(containsString("9 / 10 · 90 %"))
                .body(containsString("<tr><td>90–100</td><td>1</td></tr>"))
                .body(containsString("&lt;b&gt;박&lt;/b&gt;학생"))
                .body(not(containsString("<b>박</b>")))
                .extract().asString();
        // One attempt: every question right except the number.
        org.junit.jupiter.api.Assertions.assertTrue(row(page, "#single").contains("<td>1.00</td>"), row(page, "#single"));
        org.junit.jupiter.api.Assertions.assertTrue(row(page, "#numeric").contains("<td>0.00</td>"), row(page, "#numeric"));
    }

    @Test
    void itemStatisticsFollowQuestionIdsIntoEarlierVersions() {
        FixtureQuizzes.Folder folder = FixtureQuizzes.folder();
        Quiz first = folder.add(FixtureQuizzes.quiz(s -> s));
        String group = "g-" + UUID.randomUUID().toString().substring(0, 6);
        // On the first version: the short answer and both cloze blanks right.
        Account oldTimer = Accounts.student("옛 버전 학생", group);
        TakenAttempts.take(TakenAttempts.student(oldTimer), first.id(),
                Map.of("q.short", "Aider", "q.cloze.1", "128000", "q.cloze.2", "400"));
        // The instructor removes the cloze question: a new version in which the other questions keep their ids.
        Quiz second = folder.rewrite(first, text -> text.substring(0, text.indexOf("## Title cloze")));
        org.junit.jupiter.api.Assertions.assertNotEquals(first.contentHash(), second.contentHash());
        org.junit.jupiter.api.Assertions.assertTrue(second.question("cloze").isEmpty());
        Account current = Accounts.student("새 버전 학생", group);
        TakenAttempts.take(TakenAttempts.student(current), second.id(), Map.of("q.short", "CUDA"));

        String page = given().cookie("quizmark-session", SignedIn.instructor().session)
                .get("/instructor/quizzes/" + second.id() + "?items=all&group=" + group).then().statusCode(200).extract().asString();
        String shortRow = row(page, "#short");
        // Facility over both versions: one right (first version), one wrong (current): 0.50.
        org.junit.jupiter.api.Assertions.assertTrue(shortRow.contains("<td>0.50</td>"), shortRow);
        String retiredRow = row(page, "#cloze");
        org.junit.jupiter.api.Assertions.assertTrue(retiredRow.contains("이전 버전에만 있는 문항"), retiredRow);
        org.junit.jupiter.api.Assertions.assertTrue(retiredRow.contains("<td>1.00</td>"), retiredRow);
    }

    /** The item table row that mentions {@code marker}. */
    private static String row(String page, String marker) {
        int at = page.indexOf(marker);
        org.junit.jupiter.api.Assertions.assertTrue(at > 0, "no " + marker + " on the page");
        return page.substring(page.lastIndexOf("<tr>", at), page.indexOf("</tr>", at));
    }

    @Test
    void dashboardListsQuizzesAndFileProblems() {
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor").then().statusCode(200)
                .body(containsString("R2 지연의 원인"))
                .body(containsString("aria-labelledby=\"histogram-deepseek-r2-delay-title histogram-deepseek-r2-delay-desc\""))
                .body(containsString("퀴즈 파일에 오류가 없습니다"));
    }

    @Test
    void previewShowsAnswersToInstructors() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/preview/" + quiz.id())
                .then().statusCode(200)
                .body(containsString(quiz.questions().get(0).sourceQuote().substring(0, 20)))
                .body(containsString("✔"))
                .body(containsString("문항 품질 점검(lint)"))
                .body(containsString("오류 0건, 경고 0건"));
    }

    @Test
    void previewIndexShowsLintAndReadingCoverage() {
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/preview")
                .then().statusCode(200)
                .body(containsString("문항 품질 점검(lint)"))
                .body(containsString("오류 0건, 경고 0건"))
                .body(containsString("읽기 자료 인용 범위"))
                .body(containsString("<a href=\"/readings/readings/deepseek-r2-delay.md\">readings/deepseek-r2-delay.md</a>: 12개 문단 중 9개 문단을"))
                .body(containsString("34행, 인용하는 문항 없음: “박정한 글로벌이코노믹 기자 park@g-enews.com”"));
    }

    @Test
    void badDateFilterIsA400WithTheField() {
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor?from=soon")
                .then().statusCode(400).contentType(org.hamcrest.Matchers.startsWith("text/html")).body(containsString("‘from’ 값 “soon”"));
    }

    @Test
    void attemptPageShowsAnswersInWords() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = TakenAttempts.student(Accounts.student("답안 확인", "g-answers"));
        long attemptId = student.start(quiz.id());
        // The student clicks TensorFlow (a wrong choice) and types a wrong number.
        student.saveQuestion(attemptId, "single", Map.of("q.single", Forms.pick(student, attemptId, "q.single", "TensorFlow")))
                .then().statusCode(200);
        student.saveQuestion(attemptId, "numeric", Map.of("q.numeric", "12.5")).then().statusCode(200);
        student.submit(attemptId).then().statusCode(303);
        String page = given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/attempts/" + attemptId)
                .then().statusCode(200).extract().asString();
        String single = section(page, "Title single");
        org.junit.jupiter.api.Assertions.assertTrue(single.contains("TensorFlow"), single);
        String numeric = section(page, "Title numeric");
        org.junit.jupiter.api.Assertions.assertTrue(numeric.contains("12.5"), numeric);
    }

    /** The page from a question's title to the next question's. */
    private static String section(String page, String title) {
        int at = page.indexOf(title);
        org.junit.jupiter.api.Assertions.assertTrue(at > 0, "no " + title + " on the page");
        int next = page.indexOf("Title ", at + title.length());
        return page.substring(at, next < 0 ? page.length() : next);
    }
}
