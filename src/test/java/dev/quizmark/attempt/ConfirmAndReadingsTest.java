package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 12: the submit page names flagged and unanswered questions; readings are named by their title. */
@QuarkusTest
class ConfirmAndReadingsTest {

    static final String R2_TITLE = "화웨이 &#39;어센드&#39; 칩 전환 실패 후 엔비디아 복귀…컴퓨팅 인프라 재정비";
    static final String V31_TITLE = "오픈소스 AI 모델 ‘딥식 V3.1’이 글로벌 AI 판도를 흔들고 있다";

    @Test
    void theSubmitPageListsFlaggedAndUnansweredQuestionsWithLinks() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long attempt = student.start(quiz.id());
        assertEquals(303, student.save(attempt, Map.of("present", List.of("short"), "q.short", "답", "flag", "short")).statusCode());

        String page = student.http().get("/attempts/" + attempt + "/submit").asString();
        Matcher flagged = Pattern.compile("(?s)<p id=\"flagged-list\">검토 표시한 문항:(.*?)</p>").matcher(page);
        assertTrue(flagged.find(), page);
        Matcher links = Pattern.compile("<a href=\"/attempts/" + attempt + "\\?page=(\\d+)#q-([a-z0-9-]+)\">문항 (\\d+)</a>")
                .matcher(flagged.group(1));
        assertTrue(links.find(), flagged.group(1));
        assertEquals("short", links.group(2));
        String flaggedPage = links.group(1);
        assertFalse(links.find(), "one flagged question");
        assertTrue(page.contains("검토 표시한 문항이 1개 있습니다."), page);
        Matcher unanswered = Pattern.compile("(?s)<p id=\"unanswered-list\">답하지 않은 문항:(.*?)</p>").matcher(page);
        assertTrue(unanswered.find() && !unanswered.group(1).contains("#q-short\"") && unanswered.group(1).contains("#q-single\""),
                page);

        // The link leads to that question on its page.
        String target = student.http().get("/attempts/" + attempt + "?page=" + flaggedPage).asString();
        assertTrue(target.contains("id=\"q-short\""), target);

        assertEquals(303, student.save(attempt, Map.of("present", List.of(), "flag", "short")).statusCode());
        String unflagged = student.http().get("/attempts/" + attempt + "/submit").asString();
        assertFalse(unflagged.contains("flagged-list"), "no list once the flag is cleared");
    }

    @Test
    void readingsAreNamedByTitleWithTheirSource() {
        SignedIn student = SignedIn.newStudent();
        String quizPage = student.http().get("/quizzes/deepseek-final-review").asString();
        assertTrue(quizPage.contains(">" + R2_TITLE + "</a>") && quizPage.contains(">" + V31_TITLE + "</a>"), quizPage);
        assertTrue(quizPage.contains("글로벌이코노믹"), "the outlet beside the title");
        assertFalse(quizPage.contains(">readings/deepseek-r2-delay.md<") || quizPage.contains("<span class=\"muted\">readings/"),
                "no file paths");

        long attempt = student.start("deepseek-final-review");
        String attemptPage = student.http().get("/attempts/" + attempt).asString();
        assertTrue(attemptPage.contains(">" + R2_TITLE + "</a>") && attemptPage.contains(">" + V31_TITLE + "</a>"), attemptPage);
        assertFalse(attemptPage.contains(">읽기 자료 열기"), "no two identical links");
    }

    /** The article's own header (title again, then a one-line subtitle) is drawn as the page header, not as text. */
    @Test
    void theReadingPageShowsTitleAndSubtitleAsAHeader() {
        SignedIn student = SignedIn.newStudent();
        String page = student.http().get("/readings/deepseek-r2-delay.md").asString();
        assertTrue(page.contains("<h1>" + R2_TITLE + "</h1>"), page);
        assertTrue(page.contains("<p class=\"subtitle\">독자 데이터 부재로 &#39;환각 현상&#39; 심화…바이두·바이트댄스와 격차 확대</p>"), page);
        String passage = page.substring(page.indexOf("<div class=\"passage\">"));
        assertFalse(passage.contains("칩 전환 실패 후 엔비디아 복귀…컴퓨팅"), "the title is not repeated as the first paragraph");
        assertFalse(passage.contains("독자 데이터 부재로"), "nor the subtitle");
        assertTrue(passage.startsWith("<div class=\"passage\"><p>중국 AI 굴기의 상징으로"), passage.substring(0, 200));
    }

    @Test
    void theResultOffersTryAgainWhileAttemptsRemain() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.attempts(2)));
        SignedIn student = SignedIn.newStudent();
        long first = student.start(quiz.id());
        assertEquals(303, student.submit(first).statusCode());
        String review = student.http().get("/attempts/" + first + "/review").asString();
        assertTrue(review.contains("<form method=\"post\" action=\"/quizzes/" + quiz.id() + "/start\" id=\"try-again\">")
                && review.contains("다시 응시하기"), review);
        assertTrue(review.contains("<a href=\"/quizzes/" + quiz.id() + "\">"), "back to the quiz");

        long second = student.start(quiz.id());
        assertTrue(second != first, "try again starts a new attempt");
        assertEquals(303, student.submit(second).statusCode());
        String last = student.http().get("/attempts/" + second + "/review").asString();
        assertFalse(last.contains("try-again"), "no attempts left: no try again");
        assertFalse(student.http().get("/attempts/" + first + "/review").asString().contains("try-again"));
        assertTrue(last.contains("<a href=\"/quizzes/" + quiz.id() + "\">"), "back to the quiz");
    }

    /** A quote link in the review names the article it opens. */
    @Test
    void quoteLinksNameTheirArticle() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        String reading = "readings/deepseek-r2-delay.md";
        Quiz quiz = catalog.add(FixtureQuizzes.withQuote(FixtureQuizzes.quiz(s -> new dev.quizmark.quiz.QuizSettings(s.title(),
                s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(), s.shuffleQuestions(), s.shuffleChoices(),
                s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(),
                java.util.stream.Stream.concat(s.readings().stream(), java.util.stream.Stream.of(reading)).toList(), s.grading(), s.liveTime(), s.classAverage())),
                "single", reading, "결국 핵심 훈련 작업을 다시 엔비디아의 하드웨어로 되돌려야 했고"));
        SignedIn student = SignedIn.newStudent();
        long attempt = student.start(quiz.id());
        assertEquals(303, student.submit(attempt).statusCode());
        String review = student.http().get("/attempts/" + attempt + "/review").asString();
        assertTrue(review.contains("읽기 자료에서 보기: " + R2_TITLE + "</a>"), review);
    }
}
