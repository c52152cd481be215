package dev.quizmark.account;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a class roster (CSV, UTF-8 with or without BOM, header row in English or Korean) into account rows,
 * reporting every bad row by its line in the file. Pure: whether a username is already taken is asked of
 * the caller, so this class runs without Quarkus or a database.
 */
public final class RosterCsvImporter {

    public static final int MAX_ROWS = 2000;

    /** The roster's columns, with their English and Korean header names. */
    public enum Column {
        USERNAME("username", "아이디", true, 64),
        DISPLAY_NAME("display_name", "이름", true, AccountRules.MAX_DISPLAY_NAME),
        STUDENT_NUMBER("student_number", "학번", false, AccountRules.MAX_STUDENT_NUMBER),
        GROUP("group", "분반", false, AccountRules.MAX_GROUP),
        EMAIL("email", "이메일", false, AccountRules.MAX_EMAIL);

        public final String english;
        public final String korean;
        public final boolean required;
        public final int maxLength;

        Column(String english, String korean, boolean required, int maxLength) {
            this.english = english;
            this.korean = korean;
            this.required = required;
            this.maxLength = maxLength;
        }

        static Column byHeader(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.english.equals(h) || c.korean.equals(h)).findFirst()
                    .orElse(null);
        }
    }

    public enum ProblemKind {
        NOT_UTF8, EMPTY_FILE, MALFORMED, MISSING_COLUMN, UNKNOWN_COLUMN, DUPLICATE_COLUMN, TOO_MANY_ROWS,
        MISSING_USERNAME, BAD_USERNAME, DUPLICATE_IN_FILE, ALREADY_EXISTS, MISSING_NAME, BAD_EMAIL, TOO_LONG
    }

    /** One account to create; {@code line} is the row's line in the file (the header is line 1). */
    public record Row(int line, String username, String displayName, String studentNumber, String group,
            String email) {
    }

    /**
     * Something wrong with the file. {@code line} is 0 for the whole file, {@code field} the column's header as
     * written in the file (or its English name when the column is missing), {@code otherLine} the first line
     * of a duplicate.
     */
    public record Problem(int line, String field, ProblemKind kind, String value, int otherLine) {

        static Problem of(int line, String field, ProblemKind kind, String value) {
            return new Problem(line, field, kind, value, 0);
        }
    }

    public record Result(List<Row> rows, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    private RosterCsvImporter() {
    }

    public static Result parse(byte[] content, Predicate<String> usernameTaken) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed(Problem.of(0, null, ProblemKind.NOT_UTF8, null));
        }
        return parse(text, usernameTaken);
    }

    public static Result parse(String content, Predicate<String> usernameTaken) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            return failed(Problem.of(0, null, ProblemKind.EMPTY_FILE, null));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<Column, String> headers = readHeaders(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                return new Result(List.of(), problems);
            }
            Map<String, Integer> firstLineOf = new HashMap<>();
            int dataRows = 0;
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                if (Arrays.stream(record.values()).allMatch(String::isBlank)) {
                    continue;
                }
                if (++dataRows > MAX_ROWS) {
                    problems.add(Problem.of(line, null, ProblemKind.TOO_MANY_ROWS, String.valueOf(MAX_ROWS)));
                    break;
                }
                Row row = readRow(record, line, headers, firstLineOf, usernameTaken, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(Problem.of(0, null, ProblemKind.MALFORMED, e.getMessage()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(0, null, ProblemKind.EMPTY_FILE, null));
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Map<Column, String> readHeaders(List<String> names, List<Problem> problems) {
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            Column column = Column.byHeader(name);
            if (column == null) {
                problems.add(Problem.of(1, name, ProblemKind.UNKNOWN_COLUMN, name));
            } else if (headers.containsKey(column)) {
                problems.add(Problem.of(1, name, ProblemKind.DUPLICATE_COLUMN, name));
            } else {
                headers.put(column, name);
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !headers.containsKey(column)) {
                problems.add(Problem.of(1, column.english, ProblemKind.MISSING_COLUMN, null));
            }
        }
        return headers;
    }

    private static Row readRow(CSVRecord record, int line, Map<Column, String> headers,
            Map<String, Integer> firstLineOf, Predicate<String> usernameTaken, List<Problem> problems) {
        int before = problems.size();
        Map<Column, String> values = new EnumMap<>(Column.class);
        for (Map.Entry<Column, String> header : headers.entrySet()) {
            String value = record.isSet(header.getValue()) ? AccountRules.clean(record.get(header.getValue())) : null;
            if (value != null && value.length() > header.getKey().maxLength && header.getKey() != Column.USERNAME) {
                problems.add(Problem.of(line, header.getValue(), ProblemKind.TOO_LONG,
                        String.valueOf(header.getKey().maxLength)));
            }
            values.put(header.getKey(), value);
        }
        String usernameField = headers.get(Column.USERNAME);
        String username = values.get(Column.USERNAME);
        if (username == null) {
            problems.add(Problem.of(line, usernameField, ProblemKind.MISSING_USERNAME, null));
        } else if (!AccountRules.validUsername(username)) {
            problems.add(Problem.of(line, usernameField, ProblemKind.BAD_USERNAME, username));
        } else if (firstLineOf.containsKey(username)) {
            problems.add(new Problem(line, usernameField, ProblemKind.DUPLICATE_IN_FILE, username,
                    firstLineOf.get(username)));
        } else {
            firstLineOf.put(username, line);
            if (usernameTaken.test(username)) {
                problems.add(Problem.of(line, usernameField, ProblemKind.ALREADY_EXISTS, username));
            }
        }
        if (values.get(Column.DISPLAY_NAME) == null) {
            problems.add(Problem.of(line, headers.get(Column.DISPLAY_NAME), ProblemKind.MISSING_NAME, null));
        }
        String email = values.get(Column.EMAIL);
        if (email != null && email.length() <= Column.EMAIL.maxLength && !AccountRules.validEmail(email)) {
            problems.add(Problem.of(line, headers.get(Column.EMAIL), ProblemKind.BAD_EMAIL, email));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, username, values.get(Column.DISPLAY_NAME), values.get(Column.STUDENT_NUMBER),
                values.get(Column.GROUP), email);
    }

    private static Result failed(Problem problem) {
        return new Result(List.of(), List.of(problem));
    }

    /** Maps a character offset to its 1-based line, skipping blank lines the parser passed over. */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int pos = (int) Math.min(position, text.length());
            while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
                pos++;
            }
            int index = Arrays.binarySearch(starts, pos);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
