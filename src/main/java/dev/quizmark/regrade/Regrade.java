package dev.quizmark.regrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.List;

/** One applied regrade of a quiz's attempts against a newer version of its file ({@code toHash}). */
@Entity
public class Regrade extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "regrade_seq", sequenceName = "regrade_seq", allocationSize = 50)
    @GeneratedValue(generator = "regrade_seq")
    public Long id;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "to_hash", nullable = false)
    public String toHash;

    @Column(name = "performed_by", nullable = false)
    public Long performedBy;

    @Column(name = "performed_at", nullable = false)
    public Instant performedAt;

    /** Attempts whose score changed. */
    @Column(nullable = false)
    public int attempts;

    public static List<Regrade> ofQuiz(String quizId) {
        return list("quizId = ?1 order by performedAt desc, id desc", quizId);
    }
}
