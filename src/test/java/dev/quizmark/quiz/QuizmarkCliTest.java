package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
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
        assertTrue(output().contains("43 files, 47 problems"), output());
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
        assertTrue(output().startsWith("---\nid: moodle-examples\n"), "the rest still converts: " + output());
    }

    @Test
    void importPrintsMarkdownThatValidates(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bank.gift"), "::Capital:: Capital of Korea? {=Seoul =서울}\n");
        assertEquals(0, run("import", folder.resolve("bank.gift").toString()));
        Files.writeString(folder.resolve("bank.md"), output().replace("id: bank", "id: bank-md"));
        out.reset();
        assertEquals(0, run("validate", folder.toString()), output());
        assertTrue(output().endsWith("2 files, 0 problems\n"), output());
    }

    @Test
    void validateReportsBanksAndTwoFilesWithOneQuizId(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("a/week.gift"), "Q?{T}\n");
        Files.writeString(folder.resolve("b/week.gift"), "Q?{F}\n\nEssay?{}\n");
        assertEquals(1, run("validate", folder.toString()));
        assertTrue(output().contains("b/week.gift:3: essay questions"), output());
        Files.writeString(folder.resolve("b/week.gift"), "Q?{F}\n");
        out.reset();
        assertEquals(1, run("validate", folder.toString()));
        assertTrue(output().contains("b/week.gift:1: quiz id 'week' is already used by"), output());
        assertTrue(output().endsWith("2 files, 1 problem\n"), output());
    }

    @Test
    void exportWritesJsonGiftAndMoodleXml() {
        assertEquals(0, run("export", "--format", "json", "src/test/resources/quiz/valid/all-types.md"), err.toString(StandardCharsets.UTF_8));
        assertTrue(output().contains("\"type\" : \"matching\""), output());
        out.reset();
        assertEquals(0, run("export", "--format", "gift", "src/test/resources/quiz/valid/all-types.md"));
        assertTrue(output().contains("{TRUE"), output());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ordering questions cannot be written as GIFT"));
        out.reset();
        assertEquals(0, run("export", "--format", "moodle-xml", "src/test/resources/quiz/valid/all-types.md"));
        assertTrue(output().contains("<question type=\"ordering\">"), output());
        assertEquals(2, run("export", "--format", "pdf", "quizzes"));
    }
}
