package dev.quizmark.instructor;

import dev.quizmark.attempt.Answers;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the grade, attempt and response exports (columns in docs/csv-export.md) straight from a database
 * cursor to the response: rows are never collected, so memory stays flat however large the class.
 */
@ApplicationScoped
public class ScoreCsvExporter {

    public enum Kind { GRADES, ATTEMPTS, RESPONSES }

    public enum Policy { BEST, LAST, AVERAGE }

    static final List<String> GRADE_COLUMNS = List.of("quiz_id", "username", "display_name", "student_number", "group",
            "attempts", "policy", "score_percent", "passed", "last_submitted_at");
    static final List<String> ATTEMPT_COLUMNS = List.of("attempt_id", "quiz_id", "username", "display_name",
            "student_number", "group", "started_at", "submitted_at", "duration_seconds", "auto_submitted", "score_points",
            "max_points", "score_percent", "passed", "quiz_version");
    static final List<String> RESPONSE_COLUMNS = List.of("attempt_id", "quiz_id", "username", "student_number", "group",
            "question_id", "answer", "score", "max_score", "correct", "saved_at");

    private static final int FETCH_SIZE = 500;
    private static final String FROM = " from attempt a join account acc on acc.id = a.account_id where a.status = 'SUBMITTED'";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quizmark.time-zone")
    ZoneId zone;

    public void write(Kind kind, Policy policy, ExportFilter filter, boolean byteOrderMark, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL only streams with a cursor inside a transaction and with a fetch size.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            CSVPrinter csv = new CSVPrinter(writer, format);
            switch (kind) {
                case GRADES -> grades(connection, filter, policy, csv);
                case ATTEMPTS -> attempts(connection, filter, csv);
                case RESPONSES -> responses(connection, filter, csv);
            }
            csv.flush();
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResultSet query(Connection connection, String sql, ExportFilter filter) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        List<Object> parameters = filter.parameters(zone);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement.executeQuery();
    }

    private void attempts(Connection connection, ExportFilter filter, CSVPrinter csv) throws SQLException, IOException {
        csv.printRecord(ATTEMPT_COLUMNS);
        String sql = "select a.id, a.quiz_id, acc.username, acc.display_name, acc.student_number, acc.group_name, a.started_at,"
                + " a.submitted_at, a.auto_submitted, a.score_points, a.max_points, a.score_percent, a.passed, a.content_hash"
                + FROM + filter.sql() + " order by a.quiz_id, acc.username, a.submitted_at, a.id";
        try (ResultSet rows = query(connection, sql, filter)) {
            while (rows.next()) {
                long seconds = Duration.between(rows.getTimestamp(7).toInstant(), rows.getTimestamp(8).toInstant()).getSeconds();
                csv.printRecord(rows.getLong(1), CsvCells.text(rows.getString(2)), CsvCells.text(rows.getString(3)),
                        CsvCells.text(rows.getString(4)), CsvCells.text(rows.getString(5)), CsvCells.text(rows.getString(6)),
                        CsvCells.time(rows.getTimestamp(7), zone), CsvCells.time(rows.getTimestamp(8), zone), seconds,
                        rows.getBoolean(9), CsvCells.number(rows.getBigDecimal(10)), CsvCells.number(rows.getBigDecimal(11)),
                        CsvCells.number(rows.getBigDecimal(12)), CsvCells.bool((Boolean) rows.getObject(13)), rows.getString(14));
            }
        }
    }

    private void responses(Connection connection, ExportFilter filter, CSVPrinter csv) throws SQLException, IOException {
        csv.printRecord(RESPONSE_COLUMNS);
        String sql = "select a.id, a.quiz_id, acc.username, acc.student_number, acc.group_name, r.question_id, r.answer_json,"
                + " r.score, r.max_score, r.correct, r.saved_at" + FROM.replace(" where", " join question_response r on r.attempt_id = a.id where")
                + filter.sql() + " order by a.quiz_id, acc.username, a.id, r.question_id";
        try (ResultSet rows = query(connection, sql, filter)) {
            while (rows.next()) {
                csv.printRecord(rows.getLong(1), CsvCells.text(rows.getString(2)), CsvCells.text(rows.getString(3)),
                        CsvCells.text(rows.getString(4)), CsvCells.text(rows.getString(5)), CsvCells.text(rows.getString(6)),
                        CsvCells.text(String.join("; ", Answers.decode(rows.getString(7)))),
                        CsvCells.number(rows.getBigDecimal(8)), CsvCells.number(rows.getBigDecimal(9)),
                        CsvCells.bool((Boolean) rows.getObject(10)), CsvCells.time(rows.getTimestamp(11), zone));
            }
        }
    }

    /** Rows arrive ordered by quiz and student, so one student's attempts are folded before the next begins. */
    private void grades(Connection connection, ExportFilter filter, Policy policy, CSVPrinter csv) throws SQLException, IOException {
        csv.printRecord(GRADE_COLUMNS);
        String sql = "select a.quiz_id, acc.username, acc.display_name, acc.student_number, acc.group_name, a.score_percent,"
                + " a.passed, a.submitted_at" + FROM + filter.sql() + " order by a.quiz_id, acc.username, a.submitted_at, a.id";
        try (ResultSet rows = query(connection, sql, filter)) {
            StudentGrade current = null;
            while (rows.next()) {
                String key = rows.getString(1) + "\u0000" + rows.getString(2);
                if (current != null && !current.key.equals(key)) {
                    current.print(csv, policy, zone);
                    current = null;
                }
                if (current == null) {
                    current = new StudentGrade(key, rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5));
                }
                current.add(rows.getBigDecimal(6), (Boolean) rows.getObject(7), rows.getTimestamp(8));
            }
            if (current != null) {
                current.print(csv, policy, zone);
            }
        }
    }

    private static final class StudentGrade {
        final String key;
        final List<String> identity;
        final List<BigDecimal> percents = new ArrayList<>();
        Boolean lastPassed;
        Boolean bestPassed;
        java.sql.Timestamp lastSubmitted;

        StudentGrade(String key, String quizId, String username, String displayName, String studentNumber, String group) {
            this.key = key;
            this.identity = List.of(CsvCells.text(quizId), CsvCells.text(username), CsvCells.text(displayName),
                    CsvCells.text(studentNumber), CsvCells.text(group));
        }

        void add(BigDecimal percent, Boolean passed, java.sql.Timestamp submitted) {
            if (percents.isEmpty() || percent.compareTo(percents.stream().max(BigDecimal::compareTo).orElseThrow()) > 0) {
                bestPassed = passed;
            }
            percents.add(percent);
            lastPassed = passed;
            lastSubmitted = submitted;
        }

        void print(CSVPrinter csv, Policy policy, ZoneId zone) throws IOException {
            BigDecimal score = switch (policy) {
                case BEST -> percents.stream().max(BigDecimal::compareTo).orElseThrow();
                case LAST -> percents.get(percents.size() - 1);
                case AVERAGE -> percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
            };
            Boolean passed = switch (policy) {
                case BEST -> bestPassed;
                case LAST -> lastPassed;
                case AVERAGE -> null;
            };
            List<Object> record = new ArrayList<>(identity);
            record.add(percents.size());
            record.add(policy.name().toLowerCase(java.util.Locale.ROOT));
            record.add(CsvCells.number(score));
            record.add(CsvCells.bool(passed));
            record.add(CsvCells.time(lastSubmitted, zone));
            csv.printRecord(record);
        }
    }
}
