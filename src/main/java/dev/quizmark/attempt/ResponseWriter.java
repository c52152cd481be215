package dev.quizmark.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes question_response rows of one attempt, any number of them in ONE statement: an autosave is one row,
 * a page of the form several, a submission every question of the quiz. So the hot paths' statement count does
 * not grow with the number of questions (issue 14), and a save is an upsert instead of read-modify-write.
 *
 * <p>The caller holds the attempt's row lock (see {@link AttemptService#save}), so two writers never race for
 * the same row. PostgreSQL gets {@code insert … on conflict … do update}; the embedded H2 database of the quick
 * start, which lacks {@code do update}, gets the equivalent standard {@code merge}. New rows take their id from
 * {@code question_response_seq} like entities do (it counts in steps of 50 and Hibernate uses the 49 ids
 * below each value it draws, so a value drawn here is never one Hibernate hands out).
 */
@ApplicationScoped
class ResponseWriter {

    /** One row to write. {@code score} and {@code correct} are null while the question is not graded. */
    record Row(String questionId, String answerJson, BigDecimal maxScore, BigDecimal score, Boolean correct) {
    }

    private static final String COLUMNS = "(id, attempt_id, question_id, answer_json, saved_at, max_score, score, correct)";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Saves answers (and, for immediate-feedback checks, their grade): answer, time and grade are replaced. */
    void saveAnswers(long attemptId, List<Row> rows, Instant now) {
        write(attemptId, rows, now, true);
    }

    /**
     * Stores the grades of a submission: existing rows keep their answer and get score and correct, questions
     * never answered get a row with their (empty) answer, so statistics see every question of every attempt.
     */
    void saveGrades(long attemptId, List<Row> rows, Instant now) {
        write(attemptId, rows, now, false);
    }

    private void write(long attemptId, List<Row> rows, Instant now, boolean answers) {
        if (rows.isEmpty()) {
            return;
        }
        Query query = em.createNativeQuery(postgres() ? upsert(rows.size(), answers) : merge(rows.size(), answers));
        Timestamp savedAt = Timestamp.from(now);
        int p = 1;
        for (Row row : rows) {
            query.setParameter(p++, attemptId);
            query.setParameter(p++, row.questionId());
            query.setParameter(p++, row.answerJson());
            query.setParameter(p++, savedAt);
            query.setParameter(p++, row.maxScore());
            query.setParameter(p++, row.score() == null ? null : row.score().toPlainString());
            query.setParameter(p++, row.correct() == null ? null : row.correct().toString());
        }
        query.executeUpdate();
    }

    private boolean postgres() {
        return !"h2".equals(dbKind);
    }

    /** Parameters of one row, typed by casts so that nulls bind on either database. */
    private static String values(int count, String nextId) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int p = i * 7;
            sql.append(i == 0 ? "" : ", ").append("(").append(nextId)
                    .append(", cast(?").append(p + 1).append(" as bigint), cast(?").append(p + 2).append(" as varchar)")
                    .append(", cast(?").append(p + 3).append(" as varchar), cast(?").append(p + 4)
                    .append(" as timestamp with time zone), cast(?").append(p + 5).append(" as numeric)")
                    .append(", cast(?").append(p + 6).append(" as numeric), cast(?").append(p + 7).append(" as boolean))");
        }
        return sql.toString();
    }

    private static String upsert(int count, boolean answers) {
        // A graded row (immediate feedback, or submitted) is never changed by a save: the where clause.
        String update = answers
                ? "answer_json = excluded.answer_json, saved_at = excluded.saved_at, score = excluded.score,"
                        + " correct = excluded.correct where question_response.score is null"
                : "score = excluded.score, correct = excluded.correct";
        return "insert into question_response " + COLUMNS + " values " + values(count, "nextval('question_response_seq')")
                + " on conflict (attempt_id, question_id) do update set " + update;
    }

    private static String merge(int count, boolean answers) {
        String update = answers
                ? "when matched and r.score is null then update set answer_json = v.answer_json, saved_at = v.saved_at,"
                        + " score = v.score, correct = v.correct"
                : "when matched then update set score = v.score, correct = v.correct";
        return "merge into question_response r using (values " + values(count, "0") + ") as v " + COLUMNS
                + " on r.attempt_id = v.attempt_id and r.question_id = v.question_id " + update
                + " when not matched then insert " + COLUMNS + " values (next value for question_response_seq,"
                + " v.attempt_id, v.question_id, v.answer_json, v.saved_at, v.max_score, v.score, v.correct)";
    }
}
