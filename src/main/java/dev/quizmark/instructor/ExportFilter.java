package dev.quizmark.instructor;

import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which attempts a page or an export covers: one quiz or all, one group or all, and submission dates
 * (inclusive, in the course time zone). One table of conditions, written as JPQL for the pages and as SQL for the
 * streamed exports, with bound parameters only.
 */
public record ExportFilter(String quizId, String group, LocalDate from, LocalDate to) {

    /**
     * One condition over {@code a} (attempt) and {@code acc} (account).
     *
     * @param jpql  with the named parameter {@code name}
     * @param sql   with one {@code ?}
     * @param value the bound value; dates become instants in the course time zone
     */
    private record Condition(String name, String jpql, String sql, Function<ZoneId, Object> value) {
    }

    private List<Condition> conditions() {
        List<Condition> conditions = new ArrayList<>();
        if (quizId != null) {
            conditions.add(new Condition("quizId", "a.quizId = :quizId", "a.quiz_id = ?", zone -> quizId));
        }
        if (group != null) {
            conditions.add(new Condition("group", "acc.groupName = :group", "acc.group_name = ?", zone -> group));
        }
        if (from != null) {
            conditions.add(new Condition("from", "a.submittedAt >= :from", "a.submitted_at >= ?",
                    zone -> from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            conditions.add(new Condition("to", "a.submittedAt < :to", "a.submitted_at < ?",
                    zone -> to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return conditions;
    }

    ExportFilter forQuiz(String quiz) {
        return new ExportFilter(quiz, group, from, to);
    }

    /** The conditions as JPQL, each starting with " and"; bind them with {@link #bind(Query, ZoneId)}. */
    String jpql() {
        return conditions().stream().map(c -> " and " + c.jpql()).collect(Collectors.joining());
    }

    <Q extends Query> Q bind(Q query, ZoneId zone) {
        conditions().forEach(c -> query.setParameter(c.name(), c.value().apply(zone)));
        return query;
    }

    /** The conditions as SQL, each starting with " and"; bind them with {@link #bind(PreparedStatement, int, ZoneId)}. */
    String sql() {
        return conditions().stream().map(c -> " and " + c.sql()).collect(Collectors.joining());
    }

    /** Binds the values of {@link #sql()} from placeholder {@code first} on. */
    void bind(PreparedStatement statement, int first, ZoneId zone) throws SQLException {
        int index = first;
        for (Condition condition : conditions()) {
            Object value = condition.value().apply(zone);
            statement.setObject(index++, value instanceof Instant instant ? Timestamp.from(instant) : value);
        }
    }
}
