package dev.quizmark.live;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A player's one answer to one question of a live session, graded and scored when it arrived. */
@Entity
@Table(name = "live_answer")
public class LiveAnswer extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "live_answer_seq", sequenceName = "live_answer_seq", allocationSize = 50)
    @GeneratedValue(generator = "live_answer_seq")
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "player_id", nullable = false)
    public Long playerId;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "answer_json", nullable = false)
    public String answerJson;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    @Column(name = "elapsed_ms", nullable = false)
    public long elapsedMs;

    @Column(nullable = false)
    public boolean correct;

    /** Speed points plus {@link #bonus}. */
    @Column(nullable = false)
    public int points;

    /** Right answers in a row that this one ends (0 when wrong). */
    @Column(nullable = false)
    public int streak;

    /** The streak bonus in {@link #points} (0 when the session has none). */
    @Column(nullable = false)
    public int bonus;

    /** The player has answered the question (a cached query plan, unlike Panache's derived count). */
    public static boolean given(long playerId, String questionId) {
        return !getEntityManager().createQuery("select 1 from LiveAnswer a where a.playerId = :player and a.questionId = :question",
                Integer.class).setParameter("player", playerId).setParameter("question", questionId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public static List<LiveAnswer> inSession(long sessionId) {
        return list("sessionId", sessionId);
    }

    public static List<LiveAnswer> toQuestion(long sessionId, String questionId) {
        return list("sessionId = ?1 and questionId = ?2", sessionId, questionId);
    }
}
