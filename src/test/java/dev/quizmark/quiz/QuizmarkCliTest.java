package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuizmarkCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return QuizmarkCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shippedQuizzesValidate() {
        assertEquals(0, run("validate", "quizzes"), output());
        assertTrue(output().endsWith(" 0 problems\n"), output());
    }

    @Test
    void shippedQuizzesPassStrictLint() {
        assertEquals(0, run("lint", "--strict", "quizzes"), output());
        assertTrue(output().endsWith("4 files, 0 errors, 0 warnings\n"), output());
    }

    @Test
    void brokenFilesExitNonZeroWithFileAndLine() {
        assertEquals(1, run("validate", "src/test/resources/quiz/invalid/bad-duration.md"));
        assertEquals("src/test/resources/quiz/invalid/bad-duration.md:3: expected a duration like 15m or 1h30m, got \"fifteen\"\n"
                + "1 file, 1 problem\n", output());
    }

    @Test
    void wholeCorpusReportsEveryFile() {
        assertEquals(1, run("validate", "src/test/resources/quiz/invalid"));
        assertTrue(output().contains("42 files, 44 problems"), output());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: quizmark validate"));
    }

    @Test
    void giftToMarkdownPrintsTheConversionOrTheProblems() {
        assertEquals(1, run("gift2md", "src/test/resources/quiz/gift/moodle-examples.gift"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("moodle-examples.gift:47: essay questions"));
    }
}
