package dev.quizmark.accommodation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An accommodation or override for one student ({@code accountId}) or one group ({@code groupName}), on one quiz
 * or, with {@code quizId} null, on every quiz of the course (Canvas-style accommodations). Null fields change
 * nothing. How several combine: {@link Accommodations#effective}.
 */
@Entity
public class Accommodation extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "accommodation_seq", sequenceName = "accommodation_seq", allocationSize = 50)
    @GeneratedValue(generator = "accommodation_seq")
    public Long id;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "group_name")
    public String groupName;

    @Column(name = "quiz_id")
    public String quizId;

    /** The time limit times this (1.5, 2). */
    @Column(name = "time_multiplier")
    public BigDecimal timeMultiplier;

    /** Minutes added to the time limit (after the multiplier). */
    @Column(name = "extra_minutes")
    public Integer extraMinutes;

    @Column(name = "extra_attempts")
    public Integer extraAttempts;

    @Column(name = "available_from")
    public Instant availableFrom;

    @Column(name = "available_until")
    public Instant availableUntil;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** How specific it is: a student's own beats their group's, and one quiz beats every quiz. */
    int specificity() {
        return (accountId != null ? 2 : 0) + (quizId != null ? 1 : 0);
    }
}
