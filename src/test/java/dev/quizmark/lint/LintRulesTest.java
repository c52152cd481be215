package dev.quizmark.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.QuizmarkCli;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each lint rule on small fixtures in src/test/resources/lint/rules: for every rule a Korean and an English quiz
 * it catches ({@code *-caught.md}) and one it leaves alone ({@code *-clean.md}). Every finding of the folder is
 * listed in expected-findings.txt, so a rule that fires too often fails as surely as one that misses.
 */
class LintRulesTest {

    static final Path RULES = Path.of("src/test/resources/lint/rules");

    /** Validates and lints every quiz file of a folder that holds its readings, as {@code ./quizmark lint} does. */
    static LintReport lintFolder(Path folder) {
        return LintCommand.lintFolder(folder, QuizmarkCli.quizFiles(folder, new PrintStream(OutputStream.nullOutputStream())));
    }

    static LintReport lintRules() {
        return lintFolder(RULES);
    }

    @Test
    void everyFindingIsExpectedAndEveryExpectedFindingIsFound() throws IOException {
        List<String> expected = Files.readAllLines(RULES.resolve("expected-findings.txt")).stream().filter(l -> !l.isBlank()).toList();
        List<String> found = lintRules().findings().stream()
                .map(f -> f.path().substring(RULES.toString().length() + 1) + ":" + f.line() + ": " + f.severity().label() + " " + f.rule())
                .toList();
        assertEquals(expected, found);
    }

    @Test
    void everyRuleHasCaughtAndCleanFixturesInBothLanguages() {
        for (String rule : List.of("cueing", "sources", "balance", "breadth", "cloze")) {
            for (String language : List.of("ko", "en")) {
                for (String outcome : List.of("caught", "clean")) {
                    assertTrue(Files.isRegularFile(RULES.resolve(rule + "-" + language + "-" + outcome + ".md")), rule + " " + language + " " + outcome);
                }
            }
        }
        Set<String> withFindings = lintRules().findings().stream().map(f -> Path.of(f.path()).getFileName().toString())
                .collect(Collectors.toSet());
        assertTrue(withFindings.stream().allMatch(name -> name.endsWith("-caught.md")), withFindings.toString());
    }

    @Test
    void cueingNamesBothQuestionsAndWhatGivesTheAnswerAway() {
        List<String> messages = lintRules().findings().stream().filter(f -> f.rule().equals(CueingRule.NAME))
                .map(Finding::message).toList();
        assertTrue(messages.contains("question 'trouble' shows the answer of question 'framework' (line 7) in its prompt: \"CANN\""), messages.toString());
        assertTrue(messages.contains("question 'scale' shows the answer of question 'parameters' (line 23) in its prompt: \"685b\""), messages.toString());
        assertTrue(messages.contains("question 'figures' shows the answer of question 'score' (line 8) in its matching right side: \"71.6\""), messages.toString());
        assertTrue(messages.contains("question 'figures' shows the answer of question 'chips' (line 27) in its matching right side: \"huawei ascend\""), messages.toString());
    }

    @Test
    void answerBreadthNamesTheMissingVariantsAndTheNegation() {
        List<String> messages = lintRules().findings().stream().map(Finding::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"CANN 프레임워크\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"made-up facts\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("also accepts \"환각하지 않았다\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("also accepts \"not Ascend\"")), messages.toString());
    }

    @Test
    void coverageListsTheParagraphsNoQuestionCites() {
        List<ReadingCoverage> coverage = lintRules().coverage();
        assertEquals(List.of("readings/en.md", "readings/ko.md"), coverage.stream().map(ReadingCoverage::reading).sorted().toList());
        for (ReadingCoverage reading : coverage) {
            assertEquals(4, reading.paragraphs(), reading.reading());
            assertEquals(List.of(11), reading.uncited().stream().map(ReadingCoverage.Paragraph::line).toList(), reading.reading());
        }
    }
}
