package dev.quizmark.quiz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The preview pages show lint findings: the whole list, and under each question its own. The app runs on the
 * shipped quizzes as they were before issue 13 (src/test/resources/lint/before), which have many.
 */
@QuarkusTest
@TestProfile(QuizPreviewLintTest.BeforeQuizzes.class)
class QuizPreviewLintTest {

    public static class BeforeQuizzes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quizmark.quizzes.dir", "src/test/resources/lint/before");
        }
    }

    private static String instructorPage(String path) {
        String session = SignIn.session(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        assertNotNull(session);
        return given().cookie("quizmark-session", session).get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void quizPreviewListsFindingsAndShowsThemUnderTheirQuestion() {
        String page = instructorPage("/instructor/preview/deepseek-r2-delay");
        assertTrue(page.contains("<code>deepseek-r2-delay.md:33</code>: <strong>경고</strong> question &#39;cann-problems&#39; shows "
                + "the answer of question &#39;cann-name&#39; (line 47) in its prompt: &quot;CANN&quot; <span class=\"muted\">[cueing]</span> "
                + "<a href=\"#q-cann-problems\">문항으로</a>"), page);
        assertTrue(page.contains("오류 0건, 경고 "), page);
        String question = page.substring(page.indexOf("id=\"q-cann-problems\""), page.indexOf("id=\"q-cann-name\""));
        assertTrue(question.contains("shows the answer of question &#39;cann-name&#39;"), question);
        String clean = page.substring(page.indexOf("id=\"q-rumours\""), page.indexOf("id=\"q-ernie\""));
        assertTrue(!clean.contains("[cueing]"), "a question without findings shows none: " + clean);
    }

    @Test
    void previewIndexListsEveryQuizsFindingsAndTheCoverage() {
        String page = instructorPage("/instructor/preview");
        assertTrue(page.contains("deepseek-final-review.md:"), page);
        assertTrue(page.contains("&#39;r1-fate&#39; also accepts &quot;단종하지 않았다&quot;"), page);
        assertTrue(page.contains("readings/deepseek-v3-1-open-source.md</a>: 9개 문단 중 7개 문단을"), page);
    }
}
