package dev.quizmark.instructor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Clean-up for tests that seed attempts of a quiz with SQL (large classes, statistics checks). */
final class SeededAttempts {

    private SeededAttempts() {
    }

    /** Deletes the quiz's attempts with their responses, then the accounts {@code accounts} (a WHERE condition) matches. */
    static void remove(EntityManager em, String quizId, String accounts) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from question_response where attempt_id in (select id from attempt where quiz_id = ?1)")
                    .setParameter(1, quizId).executeUpdate();
            em.createNativeQuery("delete from attempt where quiz_id = ?1").setParameter(1, quizId).executeUpdate();
            em.createNativeQuery("delete from account where " + accounts).executeUpdate();
        });
    }
}
