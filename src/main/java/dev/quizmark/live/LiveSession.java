package dev.quizmark.live;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One live session of a quiz version, run by an instructor. Every change of state raises {@link #sequence};
 * instances compare sequences to learn of changes made elsewhere. The server owns the clock: while OPEN and not
 * paused, answers are taken until {@link #deadline}.
 */
@Entity
@Table(name = "live_session")
public class LiveSession extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "live_session_seq", sequenceName = "live_session_seq", allocationSize = 50)
    @GeneratedValue(generator = "live_session_seq")
    public Long id;

    @Column(nullable = false)
    public String pin;

    @Column(name = "host_account_id", nullable = false)
    public Long hostAccountId;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LiveState state;

    @Column(name = "question_index", nullable = false)
    public int questionIndex;

    @Column(name = "seconds_per_question", nullable = false)
    public int secondsPerQuestion;

    @Column(name = "allow_guests", nullable = false)
    public boolean allowGuests;

    /** Right answers in a row earn a bonus ({@link LiveScoring#streakBonus}). */
    @Column(name = "streak_bonus", nullable = false)
    public boolean streakBonus;

    /** How many teams the players are split into; 0 = no team mode. */
    @Column(nullable = false)
    public int teams;

    public Instant deadline;

    @Column(name = "paused_left_ms")
    public Long pausedLeftMs;

    @Column(name = "question_ms")
    public Long questionMs;

    @Column(nullable = false)
    public String skipped = "";

    @Column(nullable = false)
    public long sequence;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public boolean isPaused() {
        return state == LiveState.OPEN && pausedLeftMs != null;
    }

    /** Whether an answer arriving now is taken: open, not paused, before the deadline. */
    public boolean takesAnswers(Instant now) {
        return state == LiveState.OPEN && deadline != null && now.isBefore(deadline);
    }

    /** Time left to answer (never negative); while paused, the time kept. */
    public Duration timeLeft(Instant now) {
        if (state != LiveState.OPEN) {
            return Duration.ZERO;
        }
        if (pausedLeftMs != null) {
            return Duration.ofMillis(pausedLeftMs);
        }
        Duration left = Duration.between(now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public List<String> skippedIds() {
        return skipped.isEmpty() ? List.of() : Arrays.asList(skipped.split(","));
    }

    public static Optional<LiveSession> runningWithPin(String pin) {
        return find("pin = ?1 and state <> ?2", pin, LiveState.FINISHED).firstResultOptional();
    }

    public static List<LiveSession> ofHost(long accountId) {
        return list("hostAccountId = ?1 order by createdAt desc", accountId);
    }
}
