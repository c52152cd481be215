package dev.quizmark.instructor;

import dev.quizmark.quiz.Quiz;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Students × quizzes: each cell is the student's graded result on the quiz by that quiz's grading method, or
 * null when they have not submitted it.
 *
 * @param sort the column the rows are sorted by: {@code name}, {@code number}, {@code group} or a quiz id
 */
public record Gradebook(List<Quiz> quizzes, List<Row> rows, String group, String sort, boolean descending) {

    /** @param cells aligned with the gradebook's quizzes */
    public record Row(long accountId, String username, String displayName, String studentNumber, String group,
            List<GradedResult> cells) {

        /** The graded percent on the quiz in column {@code index}, or null. */
        public BigDecimal percent(int index) {
            GradedResult cell = cells.get(index);
            return cell == null ? null : cell.percent();
        }
    }

    /**
     * The rows ordered by a column; students without a result on a sorted quiz come last either way, and equal
     * values keep name order.
     */
    static List<Row> sorted(List<Row> rows, List<Quiz> quizzes, String sort, boolean descending) {
        Comparator<Row> byName = Comparator.comparing((Row r) -> r.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(Row::username);
        int quiz = quizzes.stream().map(Quiz::id).toList().indexOf(sort);
        Comparator<Row> order;
        if (quiz >= 0) {
            Comparator<BigDecimal> percents = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            order = Comparator.comparing((Row r) -> r.percent(quiz), Comparator.nullsLast(percents)).thenComparing(byName);
            return rows.stream().sorted(order).toList();
        }
        order = switch (sort) {
            case "number" -> Comparator.comparing((Row r) -> r.studentNumber() == null ? "" : r.studentNumber());
            case "group" -> Comparator.comparing((Row r) -> r.group() == null ? "" : r.group());
            default -> byName;
        };
        order = descending ? order.reversed() : order;
        return rows.stream().sorted(order.thenComparing(byName)).toList();
    }

    /** The link that sorts by {@code column}: the opposite direction when it is already the sorted one. */
    public String sortLink(String column) {
        boolean nextDescending = column.equals(sort) && !descending;
        return "/instructor/gradebook?group=" + encode(group) + "&sort=" + encode(column) + "&dir=" + (nextDescending ? "desc" : "asc");
    }

    /** The CSV export of this gradebook (same group, same order). */
    public String csvLink() {
        return "/instructor/gradebook/export.csv?group=" + encode(group) + "&sort=" + encode(sort) + "&dir=" + (descending ? "desc" : "asc");
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code aria-sort} of a column header: ascending, descending or none. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }
}
