package dev.quizmark.analysis;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.support.SignedIn;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The six students of {@link AnalysisFixture} take the fixture quiz through the app (saved, submitted, graded by
 * the server); the statistics page then shows Moodle's figures as computed independently (NumPy/SciPy), rounded
 * as the page prints them.
 */
@QuarkusTest
class StatisticsPageTest {

    /** Display positions of the fixture's choices (no shuffling): a, b, c → 1, 2, 3. */
    private static final Map<String, String> POSITION = Map.of("a", "1", "b", "2", "c", "3");

    @Test
    void theStatisticsPageShowsMoodlesFigures() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        for (Map<String, List<String>> answers : AnalysisFixture.ANSWERS) {
            take(quiz, answers);
        }
        String session = SignIn.session("instructor", "instructor-test-password");
        String page = given().cookie("quizmark-session", session).get("/instructor/quizzes/" + quiz.id() + "/statistics")
                .then().statusCode(200).extract().asString();

        assertEquals("6", statistic(page, "분석한 응시"));
        assertEquals("3 / 10 (30 %)", statistic(page, "평균"));
        assertEquals("2.5 / 10 (25 %)", statistic(page, "중앙값"));
        assertEquals("1.79 (17.9 %)", statistic(page, "표준편차"));
        assertEquals("0.94", statistic(page, "왜도"));
        assertEquals("0.59", statistic(page, "첨도"));
        assertEquals("50 %", statistic(page, "내적 일관성 계수 (크론바흐 α)"));
        assertEquals("70.7 %", statistic(page, "오차 비율"));
        assertEquals("1.26 (12.6 %)", statistic(page, "표준 오차"));

        assertEquals(List.of("50 %", "54.8 %", "33.3 %", "10 %", "20.3 %", "36.1 %", "42.9 %"), row(page, "single"));
        assertEquals(List.of("33.3 %", "40.8 %", "—", "20 %", "31 %", "87 %", "100 %"), row(page, "multiple"));
        assertEquals(List.of("66.7 %", "51.6 %", "50 %", "10 %", "11.7 %", "-7.4 %", "-9.1 %"), row(page, "tf"));
        assertEquals(List.of("50 %", "54.8 %", "0 %", "10 %", "16.6 %", "11.1 %", "14.3 %"), row(page, "numeric"));
        assertEquals(List.of("0 %", "0 %", "0 %", "20 %", "0 %", "—", "—"), row(page, "cloze"));
        // Moodle's flag, on the row and as a red dot in the scatter.
        assertTrue(page.contains("<tr id=\"item-numeric\" class=\"dubious\">"), page);
        assertTrue(page.contains("<tr id=\"item-single\">"), page);
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"scatter-title scatter-desc\""), page);
        // single: facility 50 % → x = 56 + 0.5 × 440 = 276; discrimination 36.1 % → y = 16 + (100 − 36.12) / 200 × 280 = 105.4
        assertTrue(page.contains("<circle cx=\"276.0\" cy=\"105.4\" r=\"6\" fill=\"#0b57d0\""), page);
        // numeric: 50 %, 11.1 % → y = 16 + 88.89 / 200 × 280 = 140.4, red
        assertTrue(page.contains("<circle cx=\"276.0\" cy=\"140.4\" r=\"6\" fill=\"#a40e26\""), page);
        // Response analysis: choice b of single, picked by 2 of 6, discrimination −51.1 %, with its bar 1/3 × 240 long.
        String single = section(page, "single");
        assertTrue(single.contains("CUDA <span class=\"muted\">[b]</span></th>\n    <td>2</td><td>33.3 %</td><td>-51.1 %</td>"), single);
        assertTrue(single.contains("<rect x=\"0\" y=\"26\" width=\"80.0\" height=\"16\" fill=\"#8c959f\"/>"), single);
        // A wrong choice the stronger students pick is marked.
        assertTrue(single.contains("TensorFlow <span class=\"muted\">[c]</span><br><strong class=\"bad\">"), single);
        assertTrue(single.contains("font-size=\"11\">33.3 % [b]</text>"), single);
        // True/false responses in the page's language.
        assertTrue(section(page, "tf").contains("참 <span class=\"muted\">[true]</span>"), section(page, "tf"));
        String numeric = section(page, "numeric");
        assertTrue(numeric.contains("(응답 없음)</th>\n    <td>2</td><td>33.3 %</td><td>-47.1 %</td>"), numeric);
    }

    @Test
    void allAttemptsCanBeChosenAndABadChoiceIsRefused() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long first = submit(student, quiz, AnalysisFixture.ANSWERS.get(5));
        long second = submit(student, quiz, AnalysisFixture.ANSWERS.get(0));
        assertTrue(second > first);
        String session = SignIn.session("instructor", "instructor-test-password");
        String firstOnly = given().cookie("quizmark-session", session).get("/instructor/quizzes/" + quiz.id() + "/statistics")
                .then().statusCode(200).extract().asString();
        assertEquals("1", statistic(firstOnly, "분석한 응시"));
        assertEquals("1 / 10 (10 %)", statistic(firstOnly, "평균"));
        String all = given().cookie("quizmark-session", session).get("/instructor/quizzes/" + quiz.id() + "/statistics?items=all")
                .then().statusCode(200).extract().asString();
        assertEquals("2", statistic(all, "분석한 응시"));
        assertEquals("3.5 / 10 (35 %)", statistic(all, "평균"));
        given().cookie("quizmark-session", session).get("/instructor/quizzes/" + quiz.id() + "/statistics?items=some")
                .then().statusCode(400);
    }

    private static void take(Quiz quiz, Map<String, List<String>> answers) {
        submit(SignedIn.newStudent(), quiz, answers);
    }

    private static long submit(SignedIn student, Quiz quiz, Map<String, List<String>> answers) {
        long id = student.start(quiz.id());
        answers.forEach((question, response) -> {
            List<String> values = question.equals("single") || question.equals("multiple")
                    ? response.stream().map(POSITION::get).toList() : response;
            RequestSpecification spec = student.http().header("X-CSRF-TOKEN", student.csrfToken).accept("application/json")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8");
            spec.formParam("q." + question, values).post("/attempts/" + id + "/questions/" + question).then().statusCode(200);
        });
        assertEquals(303, student.submit(id).statusCode());
        return id;
    }

    private static String statistic(String page, String label) {
        Matcher m = Pattern.compile("<dt>" + Pattern.quote(label) + "</dt><dd>([^<]*)</dd>").matcher(page);
        assertTrue(m.find(), "no " + label + " on the page");
        return m.group(1);
    }

    /** Facility, SD, guess, intended, effective, discrimination, efficiency of a question's row. */
    private static List<String> row(String page, String id) {
        int at = page.indexOf("<tr id=\"item-" + id + "\"");
        assertTrue(at > 0, "no row for " + id);
        String row = page.substring(at, page.indexOf("</tr>", at));
        Matcher m = Pattern.compile("<td data-stat=\"[a-z]+\">(?:<span class=\"bad\">)?([^<]*)").matcher(row);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static String section(String page, String id) {
        int at = page.indexOf("<section class=\"response-analysis\" id=\"responses-" + id + "\"");
        assertTrue(at > 0, "no responses for " + id);
        return page.substring(at, page.indexOf("</section>", at));
    }
}
