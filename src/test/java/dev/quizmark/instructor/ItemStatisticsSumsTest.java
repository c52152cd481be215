package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The results page's item statistics are added up by the database (issue 14: a class of 20,000 attempts is a few
 * rows, not 240,000). They must equal what {@link ItemStatistics#of(List, List)} computes from every response, for
 * all submitted attempts and for each student's first, with uneven scores, partial credit and a question that
 * everybody scored the same on (no variance, so no discrimination).
 */
@QuarkusTest
class ItemStatisticsSumsTest {

    private static final long BASE = 920_000_000L;
    private static final int STUDENTS = 7;
    private static final int ATTEMPTS = 19;

    @Inject
    EntityManager em;

    @Inject
    ResultsService results;

    private String quizId;

    /** One seeded attempt: its student, when it started and each question's score. */
    private record Seeded(long id, long student, int startOrder, Map<String, Double> scores) {

        double total() {
            return scores.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    @AfterEach
    void removeTheClass() {
        SeededAttempts.remove(em, quizId, "username like 'sums-%'");
    }

    @Test
    void theDatabasesSumsGiveWhatEveryResponseGives() {
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        quizId = quiz.id();
        List<Seeded> attempts = seed(quiz);
        double maxPoints = quiz.questions().stream().mapToDouble(Question::points).sum();

        for (ResultsService.ItemAttempts which : ResultsService.ItemAttempts.values()) {
            List<Seeded> counted = which == ResultsService.ItemAttempts.ALL ? attempts : firstOfEachStudent(attempts);
            List<ResultsService.ItemRow> items = QuarkusTransaction.requiringNew().call(() -> results.quiz(quiz,
                    new ExportFilter(null, null, null, null), which, 1).items());
            for (ResultsService.ItemRow item : items) {
                Question question = item.question();
                List<Double> fractions = new ArrayList<>();
                List<Double> rest = new ArrayList<>();
                for (Seeded attempt : counted) {
                    double score = attempt.scores().get(question.id());
                    fractions.add(score / question.points());
                    rest.add((attempt.total() - score) / (maxPoints - question.points()));
                }
                ItemStatistics expected = ItemStatistics.of(fractions, rest);
                String where = which + " " + question.id();
                assertEquals(expected.attempts(), item.stats().attempts(), where);
                assertEquals(expected.facility(), item.stats().facility(), 1e-9, where);
                if (expected.discrimination() == null) {
                    assertNull(item.stats().discrimination(), where);
                } else {
                    assertEquals(expected.discrimination(), item.stats().discrimination(), 1e-9, where);
                }
                assertEquals(expected.flags(), item.stats().flags(), where);
            }
            // Everybody scored the same on the first question: no variance, no discrimination.
            assertNull(items.get(0).stats().discrimination(), which + ": " + items.get(0));
        }
    }

    /** ATTEMPTS submitted attempts of STUDENTS students, scores varying by attempt and question, some partial. */
    private List<Seeded> seed(Quiz quiz) {
        List<Seeded> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            Map<String, Double> scores = new LinkedHashMap<>();
            for (int q = 0; q < quiz.questions().size(); q++) {
                Question question = quiz.questions().get(q);
                double fraction = q == 0 ? 1 : ((i * 7 + q * 3) % 5) / 4.0;
                scores.put(question.id(), fraction * question.points());
            }
            // Start order not by id, so "first" means first started.
            attempts.add(new Seeded(BASE + 1 + i, BASE + 1 + (i % STUDENTS), (i * 11) % ATTEMPTS, scores));
        }
        double maxPoints = quiz.questions().stream().mapToDouble(Question::points).sum();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int s = 1; s <= STUDENTS; s++) {
                em.createNativeQuery("insert into account (id, username, password_hash, role, display_name, enabled, created_at)"
                        + " values (?1, ?2, 'x', 'STUDENT', ?2, true, now())").setParameter(1, BASE + s)
                        .setParameter(2, "sums-" + s).executeUpdate();
            }
            for (Seeded attempt : attempts) {
                em.createNativeQuery("insert into attempt (id, account_id, quiz_id, content_hash, seed, status, started_at,"
                        + " submitted_at, auto_submitted, score_points, max_points, score_percent, passed) values (?1, ?2, ?3, ?4,"
                        + " 1, 'SUBMITTED', now() - interval '1 day' + ?5 * interval '1 minute', now(), false, ?6, ?7, 0, false)")
                        .setParameter(1, attempt.id()).setParameter(2, attempt.student()).setParameter(3, quiz.id())
                        .setParameter(4, quiz.contentHash()).setParameter(5, attempt.startOrder())
                        .setParameter(6, attempt.total()).setParameter(7, maxPoints).executeUpdate();
                for (Question question : quiz.questions()) {
                    em.createNativeQuery("insert into question_response (id, attempt_id, question_id, answer_json, saved_at,"
                            + " score, max_score, correct) values (nextval('question_response_seq'), ?1, ?2, '[\"0\"]', now(), ?3, ?4,"
                            + " ?5)").setParameter(1, attempt.id()).setParameter(2, question.id())
                            .setParameter(3, attempt.scores().get(question.id())).setParameter(4, question.points())
                            .setParameter(5, attempt.scores().get(question.id()) == question.points()).executeUpdate();
                }
            }
        });
        return attempts;
    }

    private static List<Seeded> firstOfEachStudent(List<Seeded> attempts) {
        return attempts.stream().collect(Collectors.groupingBy(Seeded::student, Collectors.minBy(
                        Comparator.comparingInt(Seeded::startOrder)))).values().stream()
                .map(first -> first.orElseThrow()).toList();
    }
}
