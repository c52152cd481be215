package dev.quizmark.security;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Things an attacker would love to find under the quizzes folder's readings/, placed in the folder the app watches for one test and
 * removed afterwards: a symlink to a Markdown file outside the quizzes folder, a symlink onto a quiz file, and a
 * file that is not Markdown. Each carries a marker that must never reach a page.
 */
public final class ReadingFolderTraps implements AutoCloseable {

    public static final String OUTSIDE_MARKER = "SECRET-OUTSIDE-THE-QUIZZES-FOLDER";
    public static final String TEXT_MARKER = "SECRET-IN-A-TEXT-FILE";

    /** A quiz file (relative to quizzes/) with no passage of the same name under readings/. */
    public final String quizFile;
    /** File names inside quizzes/readings/, as they appear after {@code /readings/}. */
    public final String linkOutside;
    public final String linkToQuiz;
    public final String textFile;

    private final Path outsideDir;
    private final List<Path> created;

    /** Places the traps in the catalog's folder; one of its quiz files is the target whose answers must never show. */
    public ReadingFolderTraps(QuizCatalog catalog) {
        Path readings = catalog.quizzesDir().resolve("readings");
        List<Quiz> quizzes = catalog.openQuizzes();
        // /readings/x.md means readings/x.md when that passage exists; the quiz must be reached only by mistake.
        quizFile = quizzes.stream().map(Quiz::path).filter(path -> !Files.exists(readings.resolve(path))).findFirst()
                .orElseThrow(() -> new AssertionError("every quiz file has a reading passage of the same name"));
        String id = UUID.randomUUID().toString().substring(0, 8);
        linkOutside = "test-link-outside-" + id + ".md";
        linkToQuiz = "test-link-quiz-" + id + ".md";
        textFile = "test-notes-" + id + ".txt";
        try {
            outsideDir = Files.createTempDirectory("quizmark-outside");
            Path secret = Files.writeString(outsideDir.resolve("secret.md"), "---\ntitle: Secret\n---\n\n" + OUTSIDE_MARKER + "\n");
            created = List.of(
                    Files.createSymbolicLink(readings.resolve(linkOutside), secret.toAbsolutePath()),
                    Files.createSymbolicLink(readings.resolve(linkToQuiz), Path.of("..").resolve(quizFile)),
                    Files.writeString(readings.resolve(textFile), TEXT_MARKER + "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (Path path : created) {
            Files.deleteIfExists(path);
        }
        Files.deleteIfExists(outsideDir.resolve("secret.md"));
        Files.deleteIfExists(outsideDir);
    }
}
