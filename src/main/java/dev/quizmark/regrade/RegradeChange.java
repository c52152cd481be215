package dev.quizmark.regrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A question score a regrade changed, with the attempt's total before and after. */
@Entity
@Table(name = "regrade_change")
public class RegradeChange extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "regrade_change_seq", sequenceName = "regrade_change_seq", allocationSize = 50)
    @GeneratedValue(generator = "regrade_change_seq")
    public Long id;

    @Column(name = "regrade_id", nullable = false)
    public Long regradeId;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "old_score")
    public BigDecimal oldScore;

    @Column(name = "new_score")
    public BigDecimal newScore;

    @Column(name = "old_total")
    public BigDecimal oldTotal;

    @Column(name = "new_total")
    public BigDecimal newTotal;
}
