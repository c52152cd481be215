package dev.quizmark.instructor;

import dev.quizmark.attempt.Answers;
import dev.quizmark.question.AnswerCounts;
import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads attempts and responses for the instructor pages (a class is small enough to hold in memory). */
@ApplicationScoped
public class ResultsService {

    public record AttemptRow(long attemptId, long accountId, String username, String displayName, String group,
            String quizId, Timestamp startedAt, Timestamp submittedAt, BigDecimal scorePoints, BigDecimal maxPoints,
            BigDecimal scorePercent, Boolean passed, String status) {

        public long minutes() {
            return submittedAt == null ? 0 : (submittedAt.getTime() - startedAt.getTime()) / 60_000;
        }
    }

    public record Overview(Quiz quiz, long attempted, long submitted, ScoreStatistics stats) {
    }

    /** @param earlierVersionOnly the question id is gone from the current file but has answers from older versions */
    public record ItemRow(Question question, ItemStatistics stats, AnswerCounts counts, boolean earlierVersionOnly) {
    }

    private record ResponseRow(long attemptId, String questionId, List<String> answer, double score, double maxScore,
            Boolean correct) {
    }

    @Inject
    EntityManager em;

    @Inject
    QuizCatalog catalog;

    @ConfigProperty(name = "quizmark.time-zone")
    ZoneId zone;

    public List<AttemptRow> attempts(ExportFilter filter, boolean submittedOnly, Long accountId) {
        String sql = "select a.id, acc.id, acc.username, acc.display_name, acc.group_name, a.quiz_id, a.started_at,"
                + " a.submitted_at, a.score_points, a.max_points, a.score_percent, a.passed, a.status"
                + " from attempt a join account acc on acc.id = a.account_id where 1 = 1"
                + (submittedOnly ? " and a.status = 'SUBMITTED'" : "") + (accountId != null ? " and acc.id = " + accountId.longValue() : "")
                + filter.sql() + " order by a.started_at desc, a.id desc";
        List<AttemptRow> rows = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql), filter).getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new AttemptRow(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2], (String) c[3],
                    (String) c[4], (String) c[5], timestamp(c[6]), timestamp(c[7]), (BigDecimal) c[8], (BigDecimal) c[9],
                    (BigDecimal) c[10], (Boolean) c[11], (String) c[12]));
        }
        return rows;
    }

    /** @param all the quiz's attempts (any status) under the page's filter */
    public Overview overview(Quiz quiz, List<AttemptRow> all) {
        List<AttemptRow> submitted = all.stream().filter(a -> "SUBMITTED".equals(a.status())).toList();
        return new Overview(quiz, all.stream().map(AttemptRow::accountId).distinct().count(),
                submitted.stream().map(AttemptRow::accountId).distinct().count(), statistics(submitted));
    }

    public ScoreStatistics statistics(List<AttemptRow> submitted) {
        return ScoreStatistics.of(submitted.stream().map(a -> a.scorePercent() == null ? 0.0 : a.scorePercent().doubleValue()).toList(),
                submitted.stream().map(AttemptRow::passed).toList());
    }

    /**
     * Item statistics per question id, across every version the attempts were taken on: a question keeps its
     * statistics while its text is fixed, as long as its id stays. Questions of the current version come first,
     * in file order, then ids that only older versions had (described by the newest older version that has them).
     */
    public List<ItemRow> items(Quiz quiz, ExportFilter filter, List<AttemptRow> submitted) {
        Map<Long, AttemptRow> attempts = submitted.stream().collect(Collectors.toMap(AttemptRow::attemptId, a -> a));
        Map<String, List<ResponseRow>> byQuestion = responses(filter).stream()
                .filter(r -> attempts.containsKey(r.attemptId()))
                .collect(Collectors.groupingBy(ResponseRow::questionId, LinkedHashMap::new, Collectors.toList()));
        List<ItemRow> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question question : quiz.questions()) {
            seen.add(question.id());
            items.add(item(question, byQuestion.getOrDefault(question.id(), List.of()), attempts, false));
        }
        for (String hash : olderVersions(quiz, filter)) {
            Quiz older = catalog.version(hash).orElse(null);
            if (older == null) {
                continue;
            }
            for (Question question : older.questions()) {
                if (seen.add(question.id()) && byQuestion.containsKey(question.id())) {
                    items.add(item(question, byQuestion.get(question.id()), attempts, true));
                }
            }
        }
        return items;
    }

    private static ItemRow item(Question question, List<ResponseRow> rows, Map<Long, AttemptRow> attempts, boolean earlier) {
        List<Double> fractions = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        for (ResponseRow r : rows) {
            AttemptRow attempt = attempts.get(r.attemptId());
            double max = attempt.maxPoints().doubleValue() - r.maxScore();
            fractions.add(r.maxScore() == 0 ? 0 : r.score() / r.maxScore());
            rest.add(max <= 0 ? 0 : (attempt.scorePoints().doubleValue() - r.score()) / max);
        }
        AnswerCounts counts = question.kind().count(rows.stream().map(r -> new GivenAnswer(r.answer(), r.correct())).toList());
        return new ItemRow(question, ItemStatistics.of(fractions, rest), counts, earlier);
    }

    /** Content hashes of the other versions submitted attempts were taken on, newest first. */
    private List<String> olderVersions(Quiz quiz, ExportFilter filter) {
        String sql = "select a.content_hash from attempt a join account acc on acc.id = a.account_id"
                + " where a.status = 'SUBMITTED' and a.content_hash <> ?" + filter.sql()
                + " group by a.content_hash order by max(a.started_at) desc";
        Query query = em.createNativeQuery(sql).setParameter(1, quiz.contentHash());
        List<Object> parameters = filter.parameters(zone);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 2, parameters.get(i));
        }
        List<String> hashes = new ArrayList<>();
        for (Object hash : query.getResultList()) {
            hashes.add((String) hash);
        }
        return hashes;
    }

    private List<ResponseRow> responses(ExportFilter filter) {
        String sql = "select r.attempt_id, r.question_id, r.answer_json, r.score, r.max_score, r.correct from question_response r"
                + " join attempt a on a.id = r.attempt_id join account acc on acc.id = a.account_id where a.status = 'SUBMITTED'"
                + filter.sql();
        List<ResponseRow> rows = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql), filter).getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new ResponseRow(((Number) c[0]).longValue(), (String) c[1], Answers.decode((String) c[2]),
                    c[3] == null ? 0 : ((BigDecimal) c[3]).doubleValue(), ((BigDecimal) c[4]).doubleValue(), (Boolean) c[5]));
        }
        return rows;
    }

    private Query bind(Query query, ExportFilter filter) {
        List<Object> parameters = filter.parameters(zone);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static Timestamp timestamp(Object value) {
        if (value instanceof Timestamp t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return Timestamp.from(i);
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return Timestamp.from(o.toInstant());
        }
        return null;
    }

}
