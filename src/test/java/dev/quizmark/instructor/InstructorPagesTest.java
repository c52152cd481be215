package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.quizmark.account.Account;
import dev.quizmark.question.Choice;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
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
        Account student = Accounts.student("<b>박</b>학생", group);
        String firstQuestion = quiz.questions().get(0).id();
        ResultFixtures.submitted(student, quiz.id(), quiz.contentHash(), 90, Instant.now(), firstQuestion, "[\"a\"]");
        given().cookie("quizmark-session", SignedIn.instructor().session)
                .get("/instructor/quizzes/" + quiz.id() + "?group=" + group).then().statusCode(200)
                .body(containsString("<svg"))
                .body(containsString("<dd>90 %</dd>"))
                .body(containsString("&lt;b&gt;박&lt;/b&gt;학생"))
                .body(not(containsString("<b>박</b>")))
                .body(containsString("#" + firstQuestion));
    }

    @Test
    void itemStatisticsFollowQuestionIdsIntoEarlierVersions() {
        Quiz quiz = catalog.current("deepseek-open-source").orElseThrow();
        String group = "g-" + UUID.randomUUID().toString().substring(0, 6);
        String oldHash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        String firstQuestion = quiz.questions().get(0).id();
        // An older file version: the first question kept its id (its text was fixed), another one was removed since.
        String oldSource = "---\nid: " + quiz.id() + "\ntitle: 옛 버전\n---\n\n## 고치기 전 {#" + firstQuestion + "}\n\n질문?\n\n"
                + "- [x] 예\n- [ ] 아니오\n\n## 지운 문항 {#retired-question}\n\n질문?\n\n- [x] 예\n- [ ] 아니오\n";
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            dev.quizmark.quiz.QuizVersion version = new dev.quizmark.quiz.QuizVersion();
            version.contentHash = oldHash;
            version.quizId = quiz.id();
            version.sourcePath = quiz.id() + ".md";
            version.sourceText = oldSource;
            version.firstLoadedAt = Instant.now();
            version.persist();
        });
        Account oldTimer = Accounts.student("옛 버전 학생", group);
        ResultFixtures.submitted(oldTimer, quiz.id(), oldHash, 100, Instant.now().minusSeconds(3600), "retired-question", "[\"a\"]");
        ResultFixtures.submitted(oldTimer, quiz.id(), oldHash, 100, Instant.now().minusSeconds(1800), firstQuestion, "[\"a\"]");
        Account current = Accounts.student("새 버전 학생", group);
        ResultFixtures.submitted(current, quiz.id(), quiz.contentHash(), 0, Instant.now(), firstQuestion, "[\"b\"]");

        // All attempts: the old-timer's two attempts each answered one of the questions.
        String page = given().cookie("quizmark-session", SignedIn.instructor().session)
                .get("/instructor/quizzes/" + quiz.id() + "?items=all&group=" + group).then().statusCode(200).extract().asString();
        String firstRow = row(page, "#" + firstQuestion);
        // Facility over both versions: one right (old version), one wrong (current): 0.50.
        org.junit.jupiter.api.Assertions.assertTrue(firstRow.contains("<td>0.50</td>"), firstRow);
        String retiredRow = row(page, "#retired-question");
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
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        dev.quizmark.quiz.Question single = quiz.questions().stream()
                .filter(q -> q.kind() instanceof SingleChoice).findFirst().orElseThrow();
        Choice picked = ((SingleChoice) single.kind()).choices().get(0);
        Account student = Accounts.student("답안 확인", "g-answers");
        long attemptId = ResultFixtures.submitted(student, quiz.id(), quiz.contentHash(), 50, Instant.now(), single.id(),
                "[\"" + picked.id() + "\"]").id;
        String expected = picked.html().replaceAll("<[^>]*>", "");
        given().cookie("quizmark-session", SignedIn.instructor().session).get("/instructor/attempts/" + attemptId)
                .then().statusCode(200)
                .body(containsString(single.title()))
                .body(containsString(expected.substring(0, Math.min(10, expected.length()))));
    }
}
