package dev.quizmark.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a roster CSV (header row, then one student per row; columns in {@link RosterField}) and reports every
 * problem with its line number. It only reads: whether the usernames are still free is for
 * {@link StudentAccounts} to check, inside the transaction that saves them.
 */
public final class RosterCsvImporter {

    /** A class or a year group; bcrypt-hashing the one-time passwords of more would keep the instructor waiting. */
    public static final int MAX_ROWS = 1000;

    public record Row(long line, NewStudent student) {
    }

    /** The rows read (also when there are problems, so later checks can add theirs) and the problems found. */
    public record Roster(List<Row> rows, List<RosterProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private RosterCsvImporter() {
    }

    public static Roster read(byte[] bytes) {
        String text;
        try {
            // Strict decoding: Excel's default "CSV" in Korea is CP949, which must be refused, not turned into mojibake.
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(RosterProblem.ofFile(RosterProblem.Reason.NOT_UTF8, null));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(RosterProblem.ofFile(RosterProblem.Reason.EMPTY_FILE, null));
        }
        // Empty lines are kept as records so that the parser's line count stays aligned with the file.
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        List<RosterProblem> problems = new ArrayList<>();
        long line = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            Header header = null;
            Map<String, Long> usernames = new HashMap<>();
            Map<String, Long> studentNumbers = new HashMap<>();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = Header.read(record, line, problems);
                    if (!problems.isEmpty()) {
                        return new Roster(List.of(), problems);
                    }
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    problems.add(new RosterProblem(line, null, RosterProblem.Reason.TOO_MANY_ROWS, String.valueOf(MAX_ROWS), 0));
                    break;
                }
                Row row = header.row(record, line, problems);
                duplicate(row, RosterField.USERNAME, usernames, header, problems);
                duplicate(row, RosterField.STUDENT_NUMBER, studentNumbers, header, problems);
                rows.add(row);
            }
            if (header == null) {
                problems.add(RosterProblem.ofFile(RosterProblem.Reason.EMPTY_FILE, null));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new RosterProblem(2, null, RosterProblem.Reason.EMPTY_FILE, null, 0));
            }
        } catch (UncheckedIOException | IOException e) {
            // commons-csv stops at the first broken quote: report the record it was reading, keep earlier problems.
            String detail = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            problems.add(new RosterProblem(line, null, RosterProblem.Reason.MALFORMED, detail, 0));
        }
        return new Roster(List.copyOf(rows), List.copyOf(problems));
    }

    private static void duplicate(Row row, RosterField field, Map<String, Long> seen, Header header,
            List<RosterProblem> problems) {
        String value = row.student().value(field);
        if (value == null) {
            return;
        }
        Long first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), row.line());
        if (first != null) {
            problems.add(new RosterProblem(row.line(), header.name(field), RosterProblem.Reason.DUPLICATE_IN_FILE, value, first));
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Roster failed(RosterProblem problem) {
        return new Roster(List.of(), List.of(problem));
    }

    /** Which column holds which field, and the column names as the file spells them (for messages). */
    private static final class Header {
        private final Map<RosterField, Integer> index = new EnumMap<>(RosterField.class);
        private final Map<RosterField, String> names = new EnumMap<>(RosterField.class);
        private int size;

        static Header read(CSVRecord record, long line, List<RosterProblem> problems) {
            Header header = new Header();
            header.size = record.size();
            for (int i = 0; i < record.size(); i++) {
                String name = record.get(i).strip();
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                if (name.isEmpty()) {
                    continue; // spreadsheets add unnamed trailing columns; their cells are ignored
                }
                RosterField field = RosterField.ofHeader(name).orElse(null);
                if (field == null) {
                    problems.add(new RosterProblem(line, name, RosterProblem.Reason.UNKNOWN_COLUMN, name, 0));
                } else if (header.index.containsKey(field)) {
                    problems.add(new RosterProblem(line, name, RosterProblem.Reason.DUPLICATE_COLUMN, name, 0));
                } else {
                    header.index.put(field, i);
                    header.names.put(field, name);
                }
            }
            for (RosterField field : RosterField.values()) {
                if (field.required() && !header.index.containsKey(field)) {
                    problems.add(new RosterProblem(line, field.column, RosterProblem.Reason.MISSING_COLUMN, null, 0));
                }
            }
            return header;
        }

        String name(RosterField field) {
            return names.getOrDefault(field, field.column);
        }

        Row row(CSVRecord record, long line, List<RosterProblem> problems) {
            if (record.size() != size && !onlyBlankBeyondHeader(record)) {
                problems.add(new RosterProblem(line, null, RosterProblem.Reason.WRONG_VALUE_COUNT,
                        record.size() + "/" + size, 0));
            }
            NewStudent student = NewStudent.of(get(record, RosterField.USERNAME), get(record, RosterField.DISPLAY_NAME),
                    get(record, RosterField.STUDENT_NUMBER), get(record, RosterField.GROUP), get(record, RosterField.EMAIL));
            for (NewStudent.FieldProblem p : student.problems()) {
                problems.add(new RosterProblem(line, name(p.field()), p.reason(), p.value(), 0));
            }
            return new Row(line, student);
        }

        private boolean onlyBlankBeyondHeader(CSVRecord record) {
            if (record.size() < size) {
                return false;
            }
            for (int i = size; i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private String get(CSVRecord record, RosterField field) {
            Integer i = index.get(field);
            return i == null || i >= record.size() ? null : record.get(i);
        }
    }
}
