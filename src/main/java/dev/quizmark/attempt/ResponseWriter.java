package dev.quizmark.attempt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * Writes question_response rows of one attempt, any number of them in ONE statement: an autosave is one row,
 * a page of the form several, a submission every question of the quiz. So the hot paths' statement count does
 * not grow with the number of questions (issue 14), and a save is an upsert instead of read-modify-write.
 *
 * <p>Every write holds a lock on the attempt's row: a save its share lock ({@link #saveIfOpen}), a submission
 * the update of its status, so a save and the grading never interleave. PostgreSQL gets
 * {@code insert … on conflict … do update}; the embedded H2 database of the quick start, which lacks
 * {@code do update}, gets the equivalent standard {@code merge}. New rows take their id from
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

    @Inject
    SessionFactory sessionFactory;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /**
     * What {@link #saveIfOpen} found and did. {@code status} is null when there is no such attempt; {@code written}
     * says whether the rows were stored (all or none); {@code otherAnswers} are the stored answers (JSON) of the
     * attempt's other questions, for the answered count.
     */
    record SaveOutcome(AttemptStatus status, boolean autoSubmitted, boolean overdue, boolean written,
            List<String> otherAnswers) {
    }

    /**
     * Saves answers (and, for immediate-feedback checks, their grade) if the attempt still takes them: it is in
     * progress, not past its deadline and grace, and none of these questions is graded (locked) yet. Otherwise
     * writes nothing and says why.
     *
     * <p>On PostgreSQL this is ONE autocommitted statement, the exam's hot path (issue 14): it takes the attempt
     * row in share mode, which a submission's update of that row waits for and which waits for a submission in
     * progress (then it sees the attempt submitted and writes nothing), so a save never lands after grading;
     * saves of one attempt do not wait for each other. The hot path calls it outside any transaction.
     */
    SaveOutcome saveIfOpen(long attemptId, List<Row> rows, Instant now, Duration grace) {
        if (!postgres()) {
            return QuarkusTransaction.requiringNew().call(() -> saveIfOpenInTransaction(attemptId, rows, now, grace));
        }
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            NativeQuery<Object[]> query = session.createNativeQuery(saveIfOpenStatement(rows.size()), Object[].class);
            query.setParameter(1, attemptId);
            query.setParameter(2, Timestamp.from(Attempt.latestOpenDeadline(now, grace)));
            query.setParameter(3, Timestamp.from(now));
            int p = 4;
            for (Row row : rows) {
                query.setParameter(p++, row.questionId());
                query.setParameter(p++, row.answerJson());
                query.setParameter(p++, row.maxScore());
                query.setParameter(p++, row.score() == null ? null : row.score().toPlainString());
                query.setParameter(p++, row.correct() == null ? null : row.correct().toString());
            }
            List<Object[]> result = query.getResultList();
            List<String> others = result.stream().filter(row -> row[0] == null).map(row -> (String) row[4]).toList();
            return result.stream().filter(row -> row[0] != null).findFirst()
                    .map(row -> new SaveOutcome(AttemptStatus.valueOf((String) row[0]), Boolean.TRUE.equals(row[1]),
                            Boolean.TRUE.equals(row[2]), ((Number) row[3]).intValue() == rows.size(), others))
                    .orElse(new SaveOutcome(null, false, false, false, List.of()));
        }
    }

    /** The embedded database's way (H2 has no data-modifying WITH): the same checks in a transaction. */
    private SaveOutcome saveIfOpenInTransaction(long attemptId, List<Row> rows, Instant now, Duration grace) {
        Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            return new SaveOutcome(null, false, false, false, List.of());
        }
        Set<String> questionIds = rows.stream().map(Row::questionId).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(
                "select question_id, answer_json, score from question_response where attempt_id = ?1")
                .setParameter(1, attemptId).getResultList();
        boolean locked = stored.stream().anyMatch(row -> questionIds.contains((String) row[0]) && row[2] != null);
        List<String> others = stored.stream().filter(row -> !questionIds.contains((String) row[0]))
                .map(row -> (String) row[1]).toList();
        boolean overdue = attempt.isOverdue(now, grace);
        boolean write = attempt.status == AttemptStatus.IN_PROGRESS && !overdue && !locked;
        if (write) {
            write(attemptId, rows, now, true);
        }
        return new SaveOutcome(attempt.status, attempt.autoSubmitted, overdue, write, others);
    }

    private static String saveIfOpenStatement(int count) {
        // No rows (a form whose page had no answerable question) still gets the checks: an empty v.
        StringBuilder values = new StringBuilder(count == 0 ? "select cast(null as varchar), cast(null as varchar),"
                + " cast(null as numeric), cast(null as numeric), cast(null as boolean) where false" : "values ");
        for (int i = 0; i < count; i++) {
            int p = 4 + i * 5;
            values.append(i == 0 ? "" : ", ").append("(cast(?").append(p).append(" as varchar), cast(?").append(p + 1)
                    .append(" as varchar), cast(?").append(p + 2).append(" as numeric), cast(?").append(p + 3)
                    .append(" as numeric), cast(?").append(p + 4).append(" as boolean))");
        }
        // The attempt row comes back with status etc., the other questions' answers as rows with a null status.
        return "with a as (select status, deadline, auto_submitted from attempt where id = ?1 for share),"
                + " v (question_id, answer_json, max_score, score, correct) as (" + values + "),"
                + " locked as (select 1 from question_response r join v on r.question_id = v.question_id"
                + " where r.attempt_id = ?1 and r.score is not null),"
                + " open as (select 1 from a where a.status = 'IN_PROGRESS'"
                + " and (a.deadline is null or a.deadline >= cast(?2 as timestamp with time zone))"
                + " and not exists (select 1 from locked)),"
                + " w as (insert into question_response " + COLUMNS
                + " select nextval('question_response_seq'), cast(?1 as bigint), v.question_id, v.answer_json,"
                + " cast(?3 as timestamp with time zone), v.max_score, v.score, v.correct from v where exists (select 1 from open)"
                + " on conflict (attempt_id, question_id) do update set answer_json = excluded.answer_json,"
                + " saved_at = excluded.saved_at, score = excluded.score, correct = excluded.correct"
                + " where question_response.score is null returning 1)"
                + " select a.status, a.auto_submitted, a.deadline < cast(?2 as timestamp with time zone),"
                + " (select count(*) from w), cast(null as varchar) from a"
                + " union all select null, null, null, null, r.answer_json from question_response r"
                + " where r.attempt_id = ?1 and r.question_id not in (select question_id from v)";
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
