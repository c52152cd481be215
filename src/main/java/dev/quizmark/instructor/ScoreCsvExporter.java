package dev.quizmark.instructor;

import dev.quizmark.app.QuizmarkConfig;
import dev.quizmark.attempt.Answers;
import dev.quizmark.attempt.AttemptStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the grade, attempt and response exports (columns in docs/csv-export.md) straight from a database
 * cursor to the response: rows are never collected, so memory stays flat however large the class. This is the
 * one place that reads the database with JDBC, because streaming needs a cursor.
 */
@ApplicationScoped
public class ScoreCsvExporter {

    public enum Kind { GRADES, ATTEMPTS, RESPONSES }

    public enum Policy { BEST, LAST, AVERAGE }

    /** How a cell is read from the current row (by column label) and written. */
    @FunctionalInterface
    private interface Cell {
        Object read(ResultSet row, String label, ZoneId zone) throws SQLException;
    }

    /** Text people typed: neutralised against spreadsheet formulas. */
    private static final Cell TEXT = (row, label, zone) -> CsvCells.text(row.getString(label));
    /** Data the app made (ids, hashes, flags): written as it is. */
    private static final Cell DATA = (row, label, zone) -> row.getObject(label);
    private static final Cell NUMBER = (row, label, zone) -> CsvCells.number(row.getBigDecimal(label));
    private static final Cell BOOL = (row, label, zone) -> CsvCells.bool((Boolean) row.getObject(label));
    private static final Cell TIME = (row, label, zone) -> CsvCells.time(row.getTimestamp(label), zone);
    private static final Cell ANSWER = (row, label, zone) -> CsvCells.text(String.join("; ", Answers.decode(row.getString(label))));
    private static final Cell DURATION = (row, label, zone) -> Duration.between(row.getTimestamp("started_at").toInstant(),
            row.getTimestamp("submitted_at").toInstant()).getSeconds();

    /**
     * One CSV column: its header, the SQL it is selected as (under the header as label; null when it is computed
     * from other columns of the row) and how its cell is written.
     */
    private record Column(String header, String sql, Cell cell) {
    }

    private static final Column QUIZ_ID = new Column("quiz_id", "a.quiz_id", TEXT);
    private static final Column USERNAME = new Column("username", "acc.username", TEXT);
    private static final Column DISPLAY_NAME = new Column("display_name", "acc.display_name", TEXT);
    private static final Column STUDENT_NUMBER = new Column("student_number", "acc.student_number", TEXT);
    private static final Column GROUP = new Column("group", "acc.group_name", TEXT);
    private static final Column ATTEMPT_ID = new Column("attempt_id", "a.id", DATA);

    private static final List<Column> ATTEMPTS = List.of(ATTEMPT_ID, QUIZ_ID, USERNAME, DISPLAY_NAME, STUDENT_NUMBER, GROUP,
            new Column("started_at", "a.started_at", TIME), new Column("submitted_at", "a.submitted_at", TIME),
            new Column("duration_seconds", null, DURATION), new Column("auto_submitted", "a.auto_submitted", DATA),
            new Column("score_points", "a.score_points", NUMBER), new Column("max_points", "a.max_points", NUMBER),
            new Column("score_percent", "a.score_percent", NUMBER), new Column("passed", "a.passed", BOOL),
            new Column("quiz_version", "a.content_hash", DATA));
    private static final List<Column> RESPONSES = List.of(ATTEMPT_ID, QUIZ_ID, USERNAME, STUDENT_NUMBER, GROUP,
            new Column("question_id", "r.question_id", TEXT), new Column("answer", "r.answer_json", ANSWER),
            new Column("score", "r.score", NUMBER), new Column("max_score", "r.max_score", NUMBER),
            new Column("correct", "r.correct", BOOL), new Column("saved_at", "r.saved_at", TIME));
    /** Who a grade row is about; the rest of the row is folded from the student's attempts. */
    private static final List<Column> GRADE_IDENTITY = List.of(QUIZ_ID, USERNAME, DISPLAY_NAME, STUDENT_NUMBER, GROUP);

    static final List<String> GRADE_COLUMNS = Stream.concat(GRADE_IDENTITY.stream().map(Column::header),
            Stream.of("attempts", "policy", "score_percent", "passed", "last_submitted_at")).toList();

    private static final int FETCH_SIZE = 500;
    private static final String SUBMITTED_ATTEMPTS = " from attempt a join account acc on acc.id = a.account_id";
    private static final String BY_STUDENT = " order by a.quiz_id, acc.username, a.submitted_at, a.id";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    QuizmarkConfig config;

    /** quizmark-grades-deepseek-r2-delay-2026-03-02.csv */
    static String fileName(Kind kind, ExportFilter filter, LocalDate today) {
        return "quizmark-" + kind.name().toLowerCase(Locale.ROOT) + "-" + (filter.quizId() == null ? "all" : filter.quizId())
                + "-" + today + ".csv";
    }

    /** The export as a response body, written while it is sent. */
    public StreamingOutput stream(Kind kind, Policy policy, ExportFilter filter, boolean byteOrderMark) {
        return out -> write(kind, policy, filter, byteOrderMark, out);
    }

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
                case ATTEMPTS -> rows(connection, ATTEMPTS, SUBMITTED_ATTEMPTS, BY_STUDENT, filter, csv);
                case RESPONSES -> rows(connection, RESPONSES, SUBMITTED_ATTEMPTS + " join question_response r on r.attempt_id = a.id",
                        " order by a.quiz_id, acc.username, a.id, r.question_id", filter, csv);
            }
            csv.flush();
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submitted attempts under the filter, selected as the columns' labels, by quiz, student and time. */
    private ResultSet query(Connection connection, List<Column> columns, String from, ExportFilter filter, String order)
            throws SQLException {
        String select = columns.stream().filter(c -> c.sql() != null).map(c -> c.sql() + " as \"" + c.header() + "\"")
                .collect(Collectors.joining(", "));
        PreparedStatement statement = connection.prepareStatement("select " + select + from + " where a.status = ?"
                + filter.sql() + order, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        statement.setString(1, AttemptStatus.SUBMITTED.name());
        filter.bind(statement, 2, config.timeZone());
        return statement.executeQuery();
    }

    private List<Object> cells(ResultSet row, List<Column> columns) throws SQLException {
        List<Object> cells = new ArrayList<>();
        for (Column column : columns) {
            cells.add(column.cell().read(row, column.header(), config.timeZone()));
        }
        return cells;
    }

    private void rows(Connection connection, List<Column> columns, String from, String order, ExportFilter filter,
            CSVPrinter csv) throws SQLException, IOException {
        csv.printRecord(columns.stream().map(Column::header).toList());
        try (ResultSet rows = query(connection, columns, from, filter, order)) {
            while (rows.next()) {
                csv.printRecord(cells(rows, columns));
            }
        }
    }

    /** Rows arrive ordered by quiz and student, so one student's attempts are folded before the next begins. */
    private void grades(Connection connection, ExportFilter filter, Policy policy, CSVPrinter csv) throws SQLException, IOException {
        csv.printRecord(GRADE_COLUMNS);
        List<Column> columns = new ArrayList<>(GRADE_IDENTITY);
        columns.addAll(List.of(new Column("score_percent", "a.score_percent", NUMBER), new Column("passed", "a.passed", BOOL),
                new Column("submitted_at", "a.submitted_at", TIME)));
        try (ResultSet rows = query(connection, columns, SUBMITTED_ATTEMPTS, filter, BY_STUDENT)) {
            StudentGrade current = null;
            while (rows.next()) {
                List<Object> identity = cells(rows, GRADE_IDENTITY);
                if (current != null && !current.identity.equals(identity)) {
                    current.print(csv, policy, config.timeZone());
                    current = null;
                }
                if (current == null) {
                    current = new StudentGrade(identity);
                }
                current.add(rows.getBigDecimal("score_percent"), (Boolean) rows.getObject("passed"), rows.getTimestamp("submitted_at"));
            }
            if (current != null) {
                current.print(csv, policy, config.timeZone());
            }
        }
    }

    private static final class StudentGrade {
        final List<Object> identity;
        final List<BigDecimal> percents = new ArrayList<>();
        Boolean lastPassed;
        Boolean bestPassed;
        Timestamp lastSubmitted;

        StudentGrade(List<Object> identity) {
            this.identity = identity;
        }

        void add(BigDecimal percent, Boolean passed, Timestamp submitted) {
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
            record.add(policy.name().toLowerCase(Locale.ROOT));
            record.add(CsvCells.number(score));
            record.add(CsvCells.bool(passed));
            record.add(CsvCells.time(lastSubmitted, zone));
            csv.printRecord(record);
        }
    }
}
