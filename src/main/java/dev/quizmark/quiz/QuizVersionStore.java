package dev.quizmark.quiz;

import dev.quizmark.app.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * quiz_version, the database's record of every good quiz version. Several instances may store the same
 * version at the same moment, so storing is idempotent rather than check-then-insert.
 */
@ApplicationScoped
public class QuizVersionStore {

    /** A version that became current at {@code madeCurrentAt} on some instance. */
    public record Announcement(String contentHash, String quizId, Instant madeCurrentAt) {
    }

    @Inject
    EntityManager entityManager;

    /**
     * Stores the version if it is new. With {@code madeCurrentAt}, it also becomes its quiz's current
     * version on every instance from that time, even when it was stored before (a reverted edit).
     */
    public void store(Quiz quiz, String source, Instant madeCurrentAt) {
        Timestamp now = Timestamp.from(madeCurrentAt == null ? Instant.now() : madeCurrentAt);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("insert into quiz_version"
                    + " (content_hash, quiz_id, source_path, source_text, first_loaded_at, made_current_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?5) on conflict do nothing")
                    .setParameter(1, quiz.contentHash()).setParameter(2, quiz.id()).setParameter(3, quiz.path())
                    .setParameter(4, source).setParameter(5, now).executeUpdate();
            if (madeCurrentAt != null) {
                entityManager.createNativeQuery("update quiz_version set made_current_at = ?1 where content_hash = ?2")
                        .setParameter(1, now).setParameter(2, quiz.contentHash()).executeUpdate();
            }
        });
    }

    /**
     * Versions made current after {@code since}, oldest first. SQL, not HQL: this runs at start-up, and the first
     * HQL query of a JVM spends a quarter of a second warming up Hibernate's query parser.
     */
    public List<Announcement> madeCurrentSince(Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select content_hash, quiz_id, made_current_at"
                    + " from quiz_version where made_current_at > ?1 order by made_current_at")
                    .setParameter(1, Timestamp.from(since)).getResultList();
            return rows.stream().map(row -> new Announcement((String) row[0], (String) row[1], SqlValues.instant(row[2])))
                    .toList();
        });
    }

    public Optional<QuizVersion> find(String contentHash) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(
                entityManager.find(QuizVersion.class, contentHash)));
    }
}
