package dev.quizmark.lint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped quizzes as they were when issue 13 was filed (src/test/resources/lint/before): lint catches every
 * problem the issue lists on them.
 */
class BeforeQuizzesLintTest {

    private static final Path BEFORE = Path.of("src/test/resources/lint/before");
    private static List<Finding> findings;

    @BeforeAll
    static void lint() {
        findings = LintRulesTest.lintFolder(BEFORE).findings();
    }

    /** A finding that question {@code shower} shows the answer of {@code shown}, alone or in a summary. */
    private static void assertShows(String quiz, String shower, String shown, String evidence) {
        String alone = "question '" + shower + "' shows the answer of question '" + shown + "'";
        String summary = "the answer of question '" + shown + "' shows in ";
        boolean found = findings.stream().filter(f -> f.path().endsWith("/" + quiz + ".md") && f.rule().equals(CueingRule.NAME))
                .anyMatch(f -> f.message().startsWith(alone) && f.message().endsWith("\"" + evidence + "\"")
                        || f.message().startsWith(summary) && f.message().contains("'" + shower + "' line ")
                                && f.message().contains("\"" + evidence + "\""));
        assertTrue(found, quiz + ": " + shower + " → " + shown + " (" + evidence + ") not among " + messages(quiz));
    }

    private static void assertFinding(String quiz, String rule, String fragment) {
        assertTrue(findings.stream().anyMatch(f -> f.path().endsWith("/" + quiz + ".md") && f.rule().equals(rule)
                && f.message().contains(fragment)), quiz + " " + rule + " \"" + fragment + "\" not among " + messages(quiz));
    }

    private static List<String> messages(String quiz) {
        return findings.stream().filter(f -> f.path().endsWith("/" + quiz + ".md")).map(Finding::toString).toList();
    }

    @Test
    void r2DelayCueing() {
        assertShows("deepseek-r2-delay", "cann-problems", "cann-name", "CANN");
        assertShows("deepseek-r2-delay", "timeline-order", "planned-release", "2025");
        assertShows("deepseek-r2-delay", "company-match", "ernie", "어니");
    }

    @Test
    void dataScarcityCueing() {
        assertShows("deepseek-data-scarcity", "trust-chain", "hallucination-term", "환각");
        assertShows("deepseek-data-scarcity", "r1-r2-data", "rivals-advantage", "바이두");
    }

    @Test
    void openSourceCueing() {
        assertShows("deepseek-open-source", "cost-match", "aider-score", "71.6");
    }

    @Test
    void finalReviewCueing() {
        assertShows("deepseek-final-review", "v31-and-r2", "r1-fate", "단종");
        assertShows("deepseek-final-review", "v31-author-reject", "two-views", "공공재");
        assertShows("deepseek-final-review", "ascend-why", "two-views", "API");
    }

    @Test
    void tooManyEasyQuestions() {
        assertFinding("deepseek-r2-delay", BalanceRule.BALANCE, "8 of 12 questions (67 %) are easy");
        assertFinding("deepseek-data-scarcity", BalanceRule.BALANCE, "7 of 12 questions (58 %) are easy");
    }

    @Test
    void clozeWithoutInstructionTestingExactWording() {
        assertFinding("deepseek-data-scarcity", ClozeFormRule.NAME, "'getting-dumber' copies the reading word for word");
        assertFinding("deepseek-data-scarcity", ClozeFormRule.NAME, "'getting-dumber' has no instruction line");
        assertFinding("deepseek-r2-delay", ClozeFormRule.NAME, "'planned-release' has no instruction line");
    }

    @Test
    void unevenShortAnswers() {
        assertFinding("deepseek-r2-delay", AnswerBreadthRule.BREADTH, "'cann-name' marks reasonable answers wrong: \"CANN 프레임워크\"");
        assertFinding("deepseek-r2-delay", AnswerBreadthRule.BREADTH, "'ernie' marks reasonable answers wrong: \"어니(Ernie)\"");
        assertFinding("deepseek-final-review", AnswerBreadthRule.NEGATION, "'r1-fate' also accepts \"단종하지 않았다\"");
        assertFalse(findings.stream().anyMatch(f -> AnswerBreadthRule.BREADTH.equals(f.rule()) && "hallucination-term".equals(f.questionId())),
                "환각(Hallucination) is accepted already");
    }
}
