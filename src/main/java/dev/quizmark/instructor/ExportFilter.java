package dev.quizmark.instructor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Which attempts a dashboard or an export covers: one quiz or all, one group or all, and submission dates
 * (inclusive, in the course time zone). Builds the SQL condition with bind parameters only.
 */
public record ExportFilter(String quizId, String group, LocalDate from, LocalDate to) {

    /** SQL condition over {@code a} (attempt) and {@code acc} (account), starting with " and". */
    String sql() {
        StringBuilder sql = new StringBuilder();
        if (quizId != null) {
            sql.append(" and a.quiz_id = ?");
        }
        if (group != null) {
            sql.append(" and acc.group_name = ?");
        }
        if (from != null) {
            sql.append(" and a.submitted_at >= ?");
        }
        if (to != null) {
            sql.append(" and a.submitted_at < ?");
        }
        return sql.toString();
    }

    List<Object> parameters(ZoneId zone) {
        List<Object> parameters = new ArrayList<>();
        if (quizId != null) {
            parameters.add(quizId);
        }
        if (group != null) {
            parameters.add(group);
        }
        if (from != null) {
            parameters.add(java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            parameters.add(java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return parameters;
    }
}
