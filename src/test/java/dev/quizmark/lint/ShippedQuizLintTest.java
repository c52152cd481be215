package dev.quizmark.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.quiz.QuizmarkCli;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quizzes shipped in quizzes/ pass lint without a single finding, warnings included. */
class ShippedQuizLintTest {

    @Test
    void shippedQuizzesHaveNoFindings() {
        Path quizzes = Path.of("quizzes");
        LintReport report = LintCommand.lintFolder(quizzes, QuizmarkCli.quizFiles(quizzes, new PrintStream(OutputStream.nullOutputStream())));
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList());
        assertEquals(2, report.coverage().size(), "both readings are cited");
    }
}
