package dev.quizmark.quiz;

import java.util.List;
import java.util.Optional;

/**
 * One parsed, valid version of a quiz file. Immutable: a new file version yields a new {@code Quiz}
 * with a new {@link #contentHash()}, so attempts can keep grading against the version they started on.
 *
 * @param path        file path relative to the quizzes folder, with forward slashes
 * @param contentHash SHA-256 (hex) of the file's bytes
 */
public record Quiz(String id, String path, String contentHash, QuizSettings settings, List<Question> questions) {

    public String title() {
        return settings.title();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The reading passage of a question's source quote: the one it names, else the quiz's first, else none. */
    public String readingOf(Question question) {
        return settings.readingFor(question.reading());
    }

    public double maxPoints() {
        return questions.stream().mapToDouble(Question::points).sum();
    }
}
