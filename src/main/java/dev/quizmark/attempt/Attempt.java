package dev.quizmark.attempt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One student's go at one quiz, pinned to the quiz version ({@link #contentHash}) it was started on. The
 * {@link #seed} fixes question and choice order, so a reload shows the same page.
 */
@Entity
public class Attempt extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(generator = "attempt_seq")
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptStatus status;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** Null when the attempt has neither a time limit nor a closing time. */
    public Instant deadline;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "auto_submitted", nullable = false)
    public boolean autoSubmitted;

    @Column(name = "score_points")
    public BigDecimal scorePoints;

    @Column(name = "max_points", nullable = false)
    public BigDecimal maxPoints;

    @Column(name = "score_percent")
    public BigDecimal scorePercent;

    public Boolean passed;

    /** The live session this attempt was played in, or null for a self-paced attempt. */
    @Column(name = "live_session_id")
    public Long liveSessionId;

    public boolean isLive() {
        return liveSessionId != null;
    }

    /** The version whose answer key graded the attempt: null (its own version) until it is regraded. */
    @Column(name = "graded_hash")
    public String gradedHash;

    /** When the attempt was last regraded against a newer key; null if never. */
    @Column(name = "regraded_at")
    public Instant regradedAt;

    public boolean isSubmitted() {
        return status == AttemptStatus.SUBMITTED;
    }

    /** Past the deadline plus the grace period: answers are no longer taken and the attempt is submitted. */
    public boolean isOverdue(Instant now, Duration grace) {
        return status == AttemptStatus.IN_PROGRESS && deadline != null && deadline.isBefore(latestOpenDeadline(now, grace));
    }

    /** At {@code now}, an attempt in progress still takes answers if its deadline is this or later (or it has none). */
    static Instant latestOpenDeadline(Instant now, Duration grace) {
        return now.minus(grace);
    }

    /** Time left until the deadline (never negative), or empty when untimed. */
    public Optional<Duration> timeLeft(Instant now) {
        if (deadline == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, deadline);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    public static List<Attempt> ofStudent(long accountId, String quizId) {
        return list("accountId = ?1 and quizId = ?2 order by startedAt desc", accountId, quizId);
    }

    public static List<Attempt> ofStudent(long accountId) {
        return list("accountId = ?1 order by startedAt desc", accountId);
    }

    public static Optional<Attempt> inProgress(long accountId, String quizId) {
        return find("accountId = ?1 and quizId = ?2 and status = ?3", accountId, quizId, AttemptStatus.IN_PROGRESS)
                .firstResultOptional();
    }
}
