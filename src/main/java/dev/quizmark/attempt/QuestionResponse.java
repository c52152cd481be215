package dev.quizmark.attempt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The saved answer to one question of an attempt (encoded as in {@link Answers}). Score and correct are
 * set when the question is graded: at submission, or on saving for immediate-feedback quizzes, where a
 * graded question is locked.
 */
@Entity
@Table(name = "question_response")
public class QuestionResponse extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "question_response_seq", sequenceName = "question_response_seq", allocationSize = 50)
    @GeneratedValue(generator = "question_response_seq")
    public Long id;

    @Column(name = "attempt_id", nullable = false)
    public Long attemptId;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "answer_json", nullable = false)
    public String answerJson;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    public BigDecimal score;

    @Column(name = "max_score", nullable = false)
    public BigDecimal maxScore;

    public Boolean correct;

    public boolean isGraded() {
        return score != null;
    }

    public List<String> answer() {
        return Answers.decode(answerJson);
    }

    public static List<QuestionResponse> ofAttempt(long attemptId) {
        return list("attemptId", attemptId);
    }
}
