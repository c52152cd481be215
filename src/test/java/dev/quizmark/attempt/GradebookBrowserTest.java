package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quizmark.account.Account;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Grading;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.Browser;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Students take three fixture quizzes (10 points each) graded best, last and average; the gradebook shows each
 * quiz's graded result, sorts by a quiz column, and exports the same figures as CSV.
 */
@QuarkusTest
class GradebookBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void gradebookShowsEachQuizsGradedResult() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz best = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.grading(Grading.BEST)));
        Quiz last = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.grading(Grading.LAST)));
        Quiz average = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.grading(Grading.AVERAGE)));
        String group = "gb-" + UUID.randomUUID().toString().substring(0, 6);
        SignedIn a = inGroup(SignedIn.newStudent(), group);
        SignedIn b = inGroup(SignedIn.newStudent(), group);
        for (Quiz quiz : List.of(best, last, average)) {
            attempt(a, quiz, Map.of("short", "Aider", "numeric", "71.6")); // 2 points: 20 %
            attempt(a, quiz, Map.of("short", "Aider"));                    // 1 point: 10 %
        }
        attempt(b, best, Map.of("short", "Aider", "numeric", "71.6", "tf", "true")); // 3 points: 30 %

        try (Browser browser = new Browser(base.toString(), true)) {
            browser.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
            browser.open("/instructor/gradebook?group=" + group);
            // By name at first.
            assertEquals(List.of("Student " + a.username, "Student " + b.username).stream().sorted().toList(), names(browser));
            assertEquals("20 %", cell(browser, a, best));
            assertEquals("10 %", cell(browser, a, last));
            assertEquals("15 %", cell(browser, a, average));
            assertEquals("30 %", cell(browser, b, best));
            assertEquals("—", cell(browser, b, last));
            // Sorting by the best-graded quiz (plain links, done by the server): ascending, then reversed.
            browser.driver.findElement(sortLink(best)).click();
            browser.waitFor(d -> browser.driver.getCurrentUrl().contains("sort=" + best.id()));
            assertEquals(List.of("Student " + a.username, "Student " + b.username), names(browser));
            browser.driver.findElement(sortLink(best)).click();
            browser.waitFor(d -> browser.driver.getCurrentUrl().contains("dir=desc"));
            assertEquals(List.of("Student " + b.username, "Student " + a.username), names(browser));
            browser.assertAccessible("gradebook");
        }

        String session = SignIn.session(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        assertNotNull(session);
        byte[] body = given().cookie("quizmark-session", session).get("/instructor/gradebook/export.csv?group=" + group)
                .then().statusCode(200).extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', csv.charAt(0));
        List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
        assertEquals(3, lines.size(), csv);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        assertEquals(List.of("username", "student_number", "display_name", "group"), header.subList(0, 4));
        // Rows come in name order, and the two random usernames may sort either way.
        List<List<String>> rows = lines.subList(1, 3).stream().map(l -> Arrays.asList(l.split(",", -1))).toList();
        List<String> rowA = rows.stream().filter(r -> r.get(0).equals(a.username)).findFirst().orElseThrow();
        List<String> rowB = rows.stream().filter(r -> r.get(0).equals(b.username)).findFirst().orElseThrow();
        assertEquals(group, rowA.get(3));
        assertEquals("20", rowA.get(header.indexOf(best.id())));
        assertEquals("10", rowA.get(header.indexOf(last.id())));
        assertEquals("15", rowA.get(header.indexOf(average.id())));
        assertEquals("30", rowB.get(header.indexOf(best.id())));
        assertEquals("", rowB.get(header.indexOf(average.id())));
    }

    private static SignedIn inGroup(SignedIn student, String group) {
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(student.accountId).groupName = group);
        return student;
    }

    private static void attempt(SignedIn student, Quiz quiz, Map<String, String> answers) {
        long id = student.start(quiz.id());
        answers.forEach((question, value) ->
                student.saveQuestion(id, question, Map.of("q." + question, value)).then().statusCode(200));
        assertEquals(303, student.submit(id).statusCode());
    }

    private static By sortLink(Quiz quiz) {
        return By.cssSelector("#gradebook thead a[href*='sort=" + quiz.id() + "']");
    }

    private static List<String> names(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#gradebook tbody th a")).stream().map(WebElement::getText).toList();
    }

    private static String cell(Browser browser, SignedIn student, Quiz quiz) {
        WebElement row = browser.driver.findElement(By.xpath("//table[@id='gradebook']//tr[th/span[text()='" + student.username + "']]"));
        return row.findElement(By.cssSelector("td[data-quiz='" + quiz.id() + "']")).getText();
    }
}
