package dev.quizmark.lint;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.ReadingLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Lint over the quizzes the server has loaded, for the instructor preview. Uses the current reading passages,
 * so a passage edited after a quiz was loaded shows its stale questions.
 */
@ApplicationScoped
public class LintService {

    @Inject
    QuizCatalog catalog;

    @Inject
    ReadingLibrary readings;

    /** Lints the given current quizzes; paths are relative to the quizzes folder. */
    public LintReport lint(List<Quiz> quizzes) {
        List<LintTarget> targets = quizzes.stream()
                .flatMap(quiz -> catalog.sourceText(quiz).map(source -> new LintTarget(quiz, quiz.path(), source)).stream())
                .toList();
        return new QuizLinter(readings::fileText, reading -> reading).lint(targets);
    }
}
