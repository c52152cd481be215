package dev.quizmark.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One thing an instructor did to a student's record: an accommodation set or removed, an attempt reopened, an
 * account edited, disabled, deleted or made admin, attempts regraded. Written in the same transaction as the
 * change itself, never edited.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(generator = "audit_entry_seq")
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(nullable = false)
    public String action;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "attempt_id")
    public Long attemptId;

    /** What changed, in plain words (for instance "extra attempts 1; reason: illness"). */
    @Column(nullable = false)
    public String detail;

    /** Records an entry in the caller's transaction. */
    public static AuditEntry record(Long actorId, String action, Long accountId, Long attemptId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actorId = actorId;
        entry.action = action;
        entry.accountId = accountId;
        entry.attemptId = attemptId;
        entry.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        entry.persist();
        return entry;
    }

    public static List<AuditEntry> aboutAccount(long accountId) {
        return list("accountId = ?1 order by at desc, id desc", accountId);
    }
}
