package dev.quizmark.instructor;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Builds the gradebook from every student (of a group) and their submitted attempts, and writes it as CSV. */
@ApplicationScoped
public class GradebookService {

    @Inject
    ResultsService results;

    public Gradebook gradebook(List<Quiz> quizzes, String group, String sort, boolean descending) {
        ExportFilter filter = new ExportFilter(null, group, null, null);
        Map<Long, Map<String, List<AttemptRow>>> attempts = results.attempts(filter).stream()
                .filter(AttemptRow::submitted)
                .collect(Collectors.groupingBy(AttemptRow::accountId, Collectors.groupingBy(AttemptRow::quizId)));
        List<Account> students = group == null
                ? Account.list("role = ?1 order by displayName", Role.STUDENT)
                : Account.list("role = ?1 and groupName = ?2 order by displayName", Role.STUDENT, group);
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Account student : students) {
            Map<String, List<AttemptRow>> own = attempts.getOrDefault(student.id, Map.of());
            List<GradedResult> cells = quizzes.stream().map(quiz -> {
                List<AttemptRow> ofQuiz = own.get(quiz.id());
                return ofQuiz == null ? null : GradedResult.of(quiz.settings().grading(), ofQuiz, quiz.settings().passMark());
            }).toList();
            rows.add(new Gradebook.Row(student.id, student.username, student.displayName, student.studentNumber,
                    student.groupName, cells));
        }
        String column = sort == null || sort.isBlank() ? "name" : sort;
        return new Gradebook(quizzes, Gradebook.sorted(rows, quizzes, column, descending), group, column, descending);
    }

    /** One student's graded result on one quiz by its grading method (as the gradebook shows it); empty before a submission. */
    public java.util.Optional<GradedResult> result(long accountId, Quiz quiz) {
        List<AttemptRow> submitted = results.attemptsOf(accountId).stream()
                .filter(row -> row.submitted() && row.quizId().equals(quiz.id())).toList();
        return submitted.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(GradedResult.of(quiz.settings().grading(), submitted, quiz.settings().passMark()));
    }

    /**
     * One row per student, one column per quiz (its graded percent, empty when not submitted): the shape Excel
     * and Google Sheets gradebooks import. Same conventions as the other exports ({@link ScoreCsvExporter}).
     */
    public void write(Gradebook gradebook, boolean byteOrderMark, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            List<String> header = new ArrayList<>(List.of("username", "student_number", "display_name", "group"));
            gradebook.quizzes().forEach(q -> header.add(CsvCells.text(q.id())));
            csv.printRecord(header);
            for (Gradebook.Row row : gradebook.rows()) {
                List<String> record = new ArrayList<>(List.of(CsvCells.text(row.username()), CsvCells.text(row.studentNumber()),
                        CsvCells.text(row.displayName()), CsvCells.text(row.group())));
                for (int i = 0; i < gradebook.quizzes().size(); i++) {
                    record.add(CsvCells.number(row.percent(i)));
                }
                csv.printRecord(record);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
