package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import dev.quizmark.support.StatementCounter;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exam's hot paths cost a fixed, small number of SQL statements and one transaction each (issue 14), counted
 * at Hibernate's JDBC boundary by {@link StatementCounter}, not timed: the account is read once per request and
 * not at all for health checks and static files, an autosave is the account read plus one statement that checks
 * and writes (no transaction around them), and a submission costs the same whether the quiz has 8 or 40 questions.
 */
@QuarkusTest
class HotPathStatementsTest {

    @Inject
    @PersistenceUnitExtension
    StatementCounter counter;

    @Inject
    Scheduler scheduler;

    FixtureQuizzes.Folder catalog;

    @BeforeEach
    void setUp() {
        catalog = FixtureQuizzes.folder();
        // Every timer (deadline job, live clock, LTI score sender, quiz rescans) would add its own statements.
        scheduler.pause();
    }

    @AfterEach
    void resumeJobs() {
        scheduler.resume();
    }

    /** Runs the request and returns the statements it sent, printed so that a failure shows what they were. */
    private List<String> statementsOf(Runnable request) {
        counter.reset();
        request.run();
        List<String> statements = counter.statements();
        statements.forEach(sql -> System.out.println("[statement] " + sql));
        return statements;
    }

    @Test
    void autosaveIsTheAccountAndOneStatementThatChecksAndWrites() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.saveQuestion(id, "tf", Map.of("q.tf", "true")).then().statusCode(200);

        List<String> statements = statementsOf(() -> student.saveQuestion(id, "short", Map.of("q.short", "Aider"))
                .then().statusCode(200).body("answered", equalTo(2)).body("total", equalTo(8)));
        assertEquals(2, statements.size(), "autosave took " + statements.size() + " statements: " + statements);
        assertEquals(1, statements.stream().filter(sql -> sql.contains("on conflict (attempt_id, question_id) do update")
                && sql.contains("from attempt where id = ? for share")).count(), "the attempt's check and the upsert in one");
        assertEquals(1, statements.stream().filter(sql -> sql.toLowerCase().contains("from account")).count(), "the account read once");
        assertEquals(0, counter.transactions(), "no transaction: the save is one autocommitted statement");

        List<String> again = statementsOf(() -> student.saveQuestion(id, "short", Map.of("q.short", "에이더"))
                .then().statusCode(200).body("answered", equalTo(2)));
        assertEquals(statements.size(), again.size(), "saving over an answer costs the same");
        String stored = QuarkusTransaction.requiringNew().call(() -> QuestionResponse.<QuestionResponse>find(
                "attemptId = ?1 and questionId = 'short'", id).firstResult().answerJson);
        assertEquals("[\"에이더\"]", stored);
    }

    @Test
    void attemptPageIsAtMostThreeStatementsAndHealthAndStaticFilesReadNothing() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.saveQuestion(id, "short", Map.of("q.short", "Aider")).then().statusCode(200);
        student.post("/attempts/" + id + "/questions/tf/flag", Map.of("flagged", "true")).then().statusCode(200);

        counter.reset();
        String html = student.http().get("/attempts/" + id).then().statusCode(200).extract().asString();
        List<String> page = counter.statements();
        page.forEach(sql -> System.out.println("[statement] " + sql));
        // The account (session check), the attempt, and its responses read together with the navigator's flags.
        assertTrue(page.size() <= 3, "attempt page took " + page.size() + " statements: " + page);
        assertEquals(1, page.stream().filter(sql -> sql.contains("question_flag")).count(), "the flags read once: " + page);
        assertTrue(page.stream().anyMatch(sql -> sql.contains("question_flag") && sql.contains("question_response")),
                "the flags are read with the responses: " + page);
        assertTrue(counter.transactions() <= 1, "at most one transaction, was " + counter.transactions());
        // What that one statement read reaches the page: the flag and the saved answer, each on its own question.
        assertTrue(html.matches("(?s).*data-question=\"tf\"\\s+class=\"nav-q flagged\".*"), "tf shown flagged, not answered");
        assertTrue(html.matches("(?s).*data-question=\"short\"\\s+class=\"nav-q answered\".*"), "short shown answered, not flagged");

        assertEquals(List.of(), statementsOf(() -> student.http().get("/q/health/live").then().statusCode(200)),
                "the liveness check with a session cookie reads nothing");
        assertEquals(List.of(), statementsOf(() -> student.http().get("/attempt.js").then().statusCode(200)),
                "a static file with a session cookie reads nothing");
    }

    @Test
    void submitCostsTheSameForEightAndFortyQuestions() {
        int eight = submitStatements(catalog.add(FixtureQuizzes.quiz(s -> s)));
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 32; i++) {
            more.append("\n## Extra ").append(i).append(" {#extra-").append(i).append(" type=short}\n\nWhich word?\n\nAnswer: word")
                    .append(i).append('\n');
        }
        Quiz forty = catalog.rewrite(catalog.add(FixtureQuizzes.quiz(s -> s)), text -> text + more);
        assertEquals(40, forty.questions().size(), "the rewritten quiz has 40 questions");
        int fortyCount = submitStatements(forty);
        assertEquals(eight, fortyCount, "submit statements must not grow with the question count");
        assertTrue(eight <= 8, "submit took " + eight + " statements");
    }

    private int submitStatements(Quiz quiz) {
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        String first = quiz.questions().get(0).id();
        student.saveQuestion(id, first, Map.of("q." + first, "0")).then().statusCode(200);
        List<String> statements = statementsOf(() -> student.submit(id).then().statusCode(303));
        assertEquals(1, counter.transactions(), "one transaction");
        long rows = QuarkusTransaction.requiringNew().call(() -> QuestionResponse.count("attemptId = ?1 and score is not null", id));
        assertEquals(quiz.questions().size(), rows, "every question graded and stored");
        Attempt attempt = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(id));
        assertEquals(AttemptStatus.SUBMITTED, attempt.status);
        assertTrue(attempt.scorePoints != null, "attempt graded");
        return statements.size();
    }
}
