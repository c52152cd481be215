package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading pages over the shipped passages in quizzes/readings/. */
@QuarkusTest
class ReadingPageTest {

    static final String READING = "readings/deepseek-r2-delay.md";
    static final String QUOTE = "결국 핵심 훈련 작업을 다시 엔비디아의 하드웨어로 되돌려야 했고";

    FixtureQuizzes.Folder catalog;

    @BeforeEach
    void setUp() {
        catalog = FixtureQuizzes.folder();
    }

    @Test
    void passageShowsItsSourceDetails() {
        SignedIn student = SignedIn.newStudent();
        student.http().get("/readings/deepseek-r2-delay.md").then().statusCode(200)
                .body(containsString("화웨이 &#39;어센드&#39; 칩 전환 실패 후 엔비디아 복귀"))
                .body(containsString("글로벌이코노믹")).body(containsString("박정한 기자"))
                .body(containsString("수업용 읽기 자료로")).body(containsString(QUOTE))
                .body(not(containsString("<mark")));
        student.http().get("/readings/missing.md").then().statusCode(404);
        student.http().urlEncodingEnabled(false).get("/readings/..%2F..%2Fpom.xml").then().statusCode(404);
        given().redirects().follow(false).get("/readings/deepseek-r2-delay.md").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void quoteIsHighlightedOnlyForTheOwnerOnceTheReviewIsOpen() {
        Quiz quiz = catalog.add(FixtureQuizzes.withQuote(FixtureQuizzes.quiz(s -> s), "single", READING, QUOTE));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        String link = "/readings/deepseek-r2-delay.md?quote=" + id + ":single";
        student.http().get(link).then().statusCode(200).body(not(containsString("<mark")));
        student.submit(id).then().statusCode(303);
        student.http().get("/attempts/" + id + "/review").then().body(containsString("href=\"" + link + "#quote\""));
        student.http().get(link).then().statusCode(200)
                .body(containsString("<mark id=\"quote\">" + QUOTE + "</mark>"))
                .body(containsString("href=\"#quote\""));
        SignedIn other = SignedIn.newStudent();
        other.http().get(link).then().statusCode(200).body(not(containsString("<mark")));
        student.http().get("/readings/deepseek-r2-delay.md?quote=" + id + ":nope").then().statusCode(200)
                .body(not(containsString("<mark")));
        student.http().get("/readings/deepseek-v3-1-open-source.md?quote=" + id + ":single").then().statusCode(200)
                .body(not(containsString("<mark")));
        student.http().get("/readings/deepseek-r2-delay.md?quote=junk").then().statusCode(200).body(not(containsString("<mark")));
    }
}
