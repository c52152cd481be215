package dev.quizmark.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./quizmark lint}: exit codes, strict mode, JSON and text output. */
class LintCommandTest {

    private static final String RULES = "src/test/resources/lint/rules";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LintCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void warningsFailOnlyInStrictMode() {
        String onlyWarnings = RULES + "/cueing-ko-caught.md";
        assertEquals(0, run(onlyWarnings), output());
        assertTrue(output().contains(onlyWarnings + ":17: warning: question 'trouble' shows the answer of question 'framework'"), output());
        assertTrue(output().endsWith("1 file, 0 errors, 2 warnings\n"), output());
        out.reset();
        assertEquals(1, run("--strict", onlyWarnings), output());
    }

    @Test
    void errorsAlwaysFail() {
        assertEquals(1, run(RULES + "/sources-ko-caught.md"), output());
        assertTrue(output().contains("sources-ko-caught.md:14: error: stale question 'accuracy'"), output());
    }

    @Test
    void cleanFilesPassStrictMode() {
        assertEquals(0, run("--strict", RULES + "/cueing-ko-clean.md", RULES + "/cloze-en-clean.md"), output());
        assertTrue(output().endsWith("2 files, 0 errors, 0 warnings\n"), output());
        assertTrue(output().contains("coverage: " + RULES + "/readings/ko.md: "), output());
    }

    @Test
    void invalidFilesAreErrorsWithTheValidatorsMessage() {
        assertEquals(1, run("src/test/resources/quiz/invalid/bad-duration.md"), output());
        assertTrue(output().startsWith("src/test/resources/quiz/invalid/bad-duration.md:3: error: expected a duration like 15m or 1h30m, got \"fifteen\" [validate]\n"), output());
    }

    @Test
    void jsonForCi() throws IOException {
        assertEquals(1, run("--json", "--strict", RULES), output());
        JsonNode report = new ObjectMapper().readTree(output());
        assertEquals(20, report.get("files").asInt());
        assertEquals(4, report.get("errors").asInt());
        assertEquals(report.get("findings").size(), report.get("errors").asInt() + report.get("warnings").asInt());
        JsonNode first = report.get("findings").get(0);
        assertEquals(RULES + "/balance-en-caught.md", first.get("path").asText());
        assertTrue(first.get("line").isInt() && first.has("severity") && first.has("rule") && first.has("message") && first.has("question"), first.toString());
        assertEquals(2, report.get("coverage").size());
        assertEquals(11, report.get("coverage").get(0).get("uncited").get(0).get("line").asInt());
    }

    @Test
    void aReadingEditedAfterTheQuizMakesItsQuestionsStale(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("readings"));
        Files.copy(Path.of(RULES, "readings/ko.md"), folder.resolve("readings/ko.md"));
        Files.copy(Path.of(RULES, "sources-ko-clean.md"), folder.resolve("quiz.md"));
        assertEquals(0, run("--strict", folder.toString()), output());
        Files.writeString(folder.resolve("readings/ko.md"),
                Files.readString(folder.resolve("readings/ko.md")).replace("71.6%의 정확도", "72.5%의 정확도"));
        out.reset();
        assertEquals(1, run(folder.toString()), output());
        assertTrue(output().contains("quiz.md:14: error: stale question 'accuracy'"), output());
    }

    @Test
    void usage() {
        assertEquals(2, run());
        assertEquals(2, run("--fast", "quizzes"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --fast"));
    }
}
