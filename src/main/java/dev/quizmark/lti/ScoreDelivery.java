package dev.quizmark.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the score outbox: the grade of one student for one resource link, to be (re)sent to the platform.
 * The score itself is computed when it is sent, so the newest graded result always wins.
 */
@Entity
@Table(name = "lti_score_outbox")
public class ScoreDelivery extends PanacheEntityBase {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @SequenceGenerator(name = "lti_score_outbox_seq", sequenceName = "lti_score_outbox_seq", allocationSize = 50)
    @GeneratedValue(generator = "lti_score_outbox_seq")
    public Long id;

    @Column(name = "resource_link_id", nullable = false)
    public long resourceLinkId;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int tries;

    @Column(name = "next_try_at", nullable = false)
    public Instant nextTryAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "score_given")
    public BigDecimal scoreGiven;

    @Column(name = "score_maximum")
    public BigDecimal scoreMaximum;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
