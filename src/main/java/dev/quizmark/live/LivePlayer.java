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
import java.util.Optional;

/**
 * Someone playing a live session: a signed-in student (as themselves) or a guest with a nickname. A guest's
 * phone keeps a random token in a cookie; only its SHA-256 is stored. Kicked players can no longer answer.
 */
@Entity
@Table(name = "live_player")
public class LivePlayer extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "live_player_seq", sequenceName = "live_player_seq", allocationSize = 50)
    @GeneratedValue(generator = "live_player_seq")
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "account_id")
    public Long accountId;

    @Column(nullable = false)
    public String nickname;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(nullable = false)
    public boolean kicked;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** The player's team, 1 to the session's {@code teams}; null without team mode. */
    public Integer team;

    public static List<LivePlayer> inSession(long sessionId) {
        return list("sessionId = ?1 and kicked = false order by joinedAt, id", sessionId);
    }

    public static Optional<LivePlayer> ofAccount(long sessionId, long accountId) {
        return find("sessionId = ?1 and accountId = ?2", sessionId, accountId).firstResultOptional();
    }

    public static Optional<LivePlayer> ofToken(long sessionId, String tokenHash) {
        return find("sessionId = ?1 and tokenHash = ?2", sessionId, tokenHash).firstResultOptional();
    }
}
