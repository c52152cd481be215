package dev.quizmark.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quizzes shipped in quizzes/ pass lint without a single finding, warnings included. */
class ShippedQuizLintTest {

    @Test
    void shippedQuizzesHaveNoFindings() {
        LintReport report = LintRulesTest.lintFolder(Path.of("quizzes"));
        assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList());
        assertEquals(2, report.coverage().size(), "both readings are cited");
    }
}
