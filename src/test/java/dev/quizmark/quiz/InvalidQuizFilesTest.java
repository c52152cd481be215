package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken quiz files: each must produce exactly the problems (line and message) listed for it in
 * expected-problems.txt, and never a quiz.
 */
class InvalidQuizFilesTest {

    private static final Path CORPUS = Path.of("src/test/resources/quiz/invalid");

    static Stream<Path> brokenFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "the corpus needs at least 30 broken files, has " + files.size());
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void reportsExactProblems(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> expected = Files.readAllLines(CORPUS.resolve("expected-problems.txt")).stream()
                .filter(line -> line.startsWith(name + ":")).toList();
        assertFalse(expected.isEmpty(), "no expected problems listed for " + name);

        QuizFileParser.Result result = new QuizFileParser(path -> Optional.empty()).parse(name, Files.readAllBytes(file));

        assertNull(result.quiz());
        assertEquals(expected, result.problems().stream().map(QuizProblem::toString).toList());
    }
}
