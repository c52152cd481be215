package dev.quizmark.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions a student flagged for review in one attempt (table {@code question_flag}). Flags only help the
 * student find questions again; grading never reads them.
 */
@ApplicationScoped
public class QuestionFlags {

    @Inject
    AttemptService attempts;

    @Inject
    EntityManager em;

    /** Question ids flagged in the attempt; a plain read, inside the caller's transaction when there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> of(long attemptId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select question_id from question_flag where attempt_id = ?1")
                .setParameter(1, attemptId).getResultList();
        return new HashSet<>(ids);
    }

    /** An attempt's saved responses by question id and its flagged question ids, read together. */
    public record Marks(Map<String, QuestionResponse> responses, Set<String> flagged) {
    }

    /**
     * The attempt's saved responses and its flags in one statement (the attempt page's navigator needs both, and
     * the page is an exam's most frequent GET: issue 14 allows it 3 statements with the session's account read and
     * the attempt). The responses are read for display only; they are not managed entities.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Marks responsesAndFlags(long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select question_id, answer_json, score, max_score, correct, false from question_response where attempt_id = ?1 "
                + "union all select question_id, null, null, null, null, true from question_flag where attempt_id = ?1")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("question_response").addSynchronizedQuerySpace("question_flag")
                .setParameter(1, attemptId).getResultList();
        Map<String, QuestionResponse> responses = new HashMap<>();
        Set<String> flagged = new HashSet<>();
        for (Object[] row : rows) {
            String questionId = (String) row[0];
            if (Boolean.TRUE.equals(row[5])) {
                flagged.add(questionId);
                continue;
            }
            QuestionResponse response = AttemptService.readOnly(attemptId, row);
            responses.put(questionId, response);
        }
        return new Marks(responses, flagged);
    }

    /**
     * Sets or clears the flag of one question of the student's own attempt in progress. Refused like a save:
     * someone else's attempt is not found, a submitted one is over, a question not in the attempt is unknown.
     */
    @Transactional(dontRollbackOn = AttemptProblem.class)
    public void set(long attemptId, long accountId, String questionId, boolean flagged, Instant now) {
        Attempt attempt = attempts.load(attemptId, accountId, now);
        if (attempt.isSubmitted()) {
            throw new AttemptProblem(attempt.autoSubmitted ? AttemptProblem.Reason.TIME_UP : AttemptProblem.Reason.ALREADY_SUBMITTED);
        }
        if (attempts.version(attempt).question(questionId).isEmpty()) {
            throw new AttemptProblem(AttemptProblem.Reason.UNKNOWN_QUESTION);
        }
        if (flagged) {
            em.createNativeQuery("insert into question_flag (attempt_id, question_id, flagged_at) values (?1, ?2, ?3) "
                    + "on conflict do nothing")
                    .setParameter(1, attemptId).setParameter(2, questionId).setParameter(3, now).executeUpdate();
        } else {
            em.createNativeQuery("delete from question_flag where attempt_id = ?1 and question_id = ?2")
                    .setParameter(1, attemptId).setParameter(2, questionId).executeUpdate();
        }
    }
}
