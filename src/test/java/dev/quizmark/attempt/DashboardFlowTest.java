package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The instructor's dashboard row of a quiz, from attempts students took through the app in one group: figures
 * chosen so that mean, median, standard deviation and pass rate all differ, written as literals.
 */
@QuarkusTest
class DashboardFlowTest {

    /** Saves the given answers (question id → typed value) and submits. */
    private static void take(SignedIn student, Quiz quiz, Map<String, String> answers) {
        long id = student.start(quiz.id());
        answers.forEach((question, value) ->
                student.saveQuestion(id, question, Map.of("q." + question, value)).then().statusCode(200));
        assertEquals(303, student.submit(id).statusCode());
    }

    private static SignedIn inGroup(String group) {
        Account account = Accounts.student("대시보드 학생", group);
        return SignedIn.as(account.username, Accounts.passwordOf(account.username));
    }

    @Test
    void dashboardShowsMeanMedianDeviationAndPassRateOfTheGroup() {
        // Fixture quiz: 10 points, pass mark 60 %, grading "best"; short, numeric and true/false are 1 point each.
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        String group = Accounts.unique("dash-");
        take(inGroup(group), quiz, Map.of("short", "Aider"));                                    // 10 %
        take(inGroup(group), quiz, Map.of("short", "Aider", "numeric", "71.6"));                 // 20 %
        take(inGroup(group), quiz, Map.of("short", "Aider", "numeric", "71.6", "tf", "true"));   // 30 %
        SignedIn best = inGroup(group);
        take(best, quiz, Map.of());                                                              // 0 %, then
        long second = best.start(quiz.id());
        best.save(second, Forms.correct(best, second)).then().statusCode(303);
        assertEquals(303, best.submit(second).statusCode());                                   // 100 %: best counts
        inGroup(group).start(quiz.id());                                                         // attempted only
        // Another group's student must not move the figures.
        take(inGroup(Accounts.unique("other-")), quiz, Map.of("short", "Aider"));

        String page = SignedIn.instructor().http().queryParam("group", group).get("/instructor")
                .then().statusCode(200).extract().asString();
        // Results 10, 20, 30, 100: mean 40, median 25, sample SD sqrt(5000 / 3) = 40.8, one of four passed.
        assertEquals(List.of("5", "4", "40 %", "25 %", "40.8 %", "25 %"), rowCells(page, quiz.id()));

        String results = SignedIn.instructor().http().queryParam("group", group).get("/instructor/quizzes/" + quiz.id())
                .then().statusCode(200).extract().asString();
        assertEquals("40 %", statistic(results, "평균"));
        assertEquals("25 %", statistic(results, "중앙값"));
        assertEquals("40.8 %", statistic(results, "표준편차"));
        assertEquals("25 %", statistic(results, "통과율"));
    }

    /** The attempted, submitted, mean, median, SD and pass-rate cells of the quiz's dashboard row. */
    private static List<String> rowCells(String page, String quizId) {
        int at = page.indexOf("<a href=\"/instructor/quizzes/" + quizId + "?");
        assertTrue(at > 0, "no dashboard row for " + quizId);
        String row = page.substring(at, page.indexOf("</tr>", at));
        Matcher cell = Pattern.compile("<td>([^<]*)</td>").matcher(row);
        List<String> cells = new java.util.ArrayList<>();
        while (cell.find() && cells.size() < 6) {
            cells.add(cell.group(1));
        }
        return cells;
    }

    private static String statistic(String page, String label) {
        Matcher m = Pattern.compile("<dt>" + Pattern.quote(label) + "</dt><dd>([^<]*)</dd>").matcher(page);
        assertTrue(m.find(), "no " + label + " on the page");
        return m.group(1);
    }
}
