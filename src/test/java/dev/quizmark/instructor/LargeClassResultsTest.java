package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import dev.quizmark.support.StatementCounter;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A quiz's results page for a large class (issue 14): 20,000 submitted attempts with 160,000 responses. The page
 * lists one page of attempts, so it stays small; its statistics are computed once and served from the cache
 * until an attempt is started or graded, so a repeated view costs a few small statements. Timings are printed
 * for docs/performance.md, not asserted: the machine's load decides them.
 */
@QuarkusTest
class LargeClassResultsTest {

    private static final int STUDENTS = 2_000;
    private static final int ATTEMPTS = 20_000;

    @Inject
    EntityManager em;

    @Inject
    @PersistenceUnitExtension
    StatementCounter counter;

    private String quizId;

    private void fill(Quiz quiz) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into account (id, username, password_hash, role, display_name, group_name, enabled,"
                    + " created_at) select 900000000 + g, 'large-' || g, 'x', 'STUDENT', '학생 ' || g, 'G' || (g % 10), true, now()"
                    + " from generate_series(1, ?1) g").setParameter(1, STUDENTS).executeUpdate();
            em.createNativeQuery("insert into attempt (id, account_id, quiz_id, content_hash, seed, status, started_at,"
                    + " deadline, submitted_at, auto_submitted, score_points, max_points, score_percent, passed)"
                    + " select 900000000 + g, 900000000 + 1 + (g % ?1), ?2, ?3, g, 'SUBMITTED', now() - interval '10 hours'"
                    + " + g * interval '1 second', null, now() - interval '9 hours' + g * interval '1 second', false,"
                    + " (g % 11), 10, (g % 11) * 10, (g % 11) >= 6 from generate_series(1, ?4) g")
                    .setParameter(1, STUDENTS).setParameter(2, quiz.id()).setParameter(3, quiz.contentHash())
                    .setParameter(4, ATTEMPTS).executeUpdate();
            em.createNativeQuery("insert into question_response (id, attempt_id, question_id, answer_json, saved_at, score,"
                    + " max_score, correct) select 900000000 + g * 8 + q.n, 900000000 + g, q.id, q.answer, now(),"
                    + " case when (g + q.n) % 3 = 0 then 1 else 0 end, 1, (g + q.n) % 3 = 0 from generate_series(1, ?1) g,"
                    + " (values (0, 'single', '[\"0\"]'), (1, 'multiple', '[\"0\",\"1\"]'), (2, 'tf', '[\"true\"]'),"
                    + " (3, 'short', '[\"aider\"]'), (4, 'numeric', '[\"71.6\"]'), (5, 'ordering', '[\"0\",\"1\",\"2\"]'),"
                    + " (6, 'matching', '[\"0\",\"1\",\"2\"]'), (7, 'cloze', '[\"128000\",\"400\"]')) as q(n, id, answer)")
                    .setParameter(1, ATTEMPTS).executeUpdate();
        });
    }

    @AfterEach
    void removeTheClass() {
        SeededAttempts.remove(em, quizId, "username like 'large-%'");
    }

    private Response view(String session, String query) {
        long started = System.nanoTime();
        Response response = RestAssured.given().cookie("quizmark-session", session)
                .get("/instructor/quizzes/" + quizId + query);
        System.out.printf("[results page] %s: %d ms, %d bytes%n", query.isEmpty() ? "page 1" : query,
                (System.nanoTime() - started) / 1_000_000, response.asByteArray().length);
        assertEquals(200, response.statusCode());
        return response;
    }

    @Test
    void twentyThousandAttemptsMakeASmallPageAndRepeatedViewsAreCheap() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        quizId = quiz.id();
        fill(quiz);
        String session = SignedIn.instructor().session;

        Response first = view(session, "");
        String html = first.asString();
        assertTrue(first.asByteArray().length < 300 * 1024, "page is " + first.asByteArray().length + " bytes");
        assertTrue(html.contains("400쪽 중 1쪽"), "the pager tells how many pages");
        assertEquals(ResultsService.ATTEMPTS_PER_PAGE, countRows(html), "one page of attempts");

        for (int i = 0; i < 3; i++) {
            view(session, "");
        }
        counter.reset();
        view(session, "");
        assertTrue(counter.statements().size() <= 4, "a repeated view: " + counter.statements());

        Response last = view(session, "?page=400");
        assertTrue(last.asString().contains("/instructor/attempts/900000001\""), "the oldest attempt is on the last page");

        assertTrue(html.matches("(?s).*20,?000.*"), "20,000 submitted attempts counted");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into attempt (id, account_id, quiz_id,"
                + " content_hash, seed, status, started_at, submitted_at, auto_submitted, score_points, max_points,"
                + " score_percent, passed) values (899999999, 900000001, ?1, ?2, 1, 'SUBMITTED', now(), now(), false, 10,"
                + " 10, 100, true)").setParameter(1, quizId).setParameter(2, quiz.contentHash()).executeUpdate());
        String after = view(session, "").asString();
        assertTrue(after.matches("(?s).*20,?001.*"), "a newly graded attempt counts at once: the cache was invalidated");
        assertTrue(after.contains("/instructor/attempts/899999999\""), "and is listed first");
    }

    private static int countRows(String html) {
        Matcher rows = Pattern.compile("href=\"/instructor/attempts/\\d+\"").matcher(html);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }

}
