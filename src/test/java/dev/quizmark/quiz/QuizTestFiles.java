package dev.quizmark.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

final class QuizTestFiles {

    private QuizTestFiles() {
    }

    static Optional<String> readingFromQuizzesFolder(String path) {
        Path file = Path.of("quizzes").resolve(path);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
