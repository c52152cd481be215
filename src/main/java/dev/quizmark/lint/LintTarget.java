package dev.quizmark.lint;

import dev.quizmark.quiz.Quiz;

/**
 * A parsed quiz to lint.
 *
 * @param path   the quiz file as the user names it, for {@code path:line}
 * @param source the file's text, for front-matter targets and for finding the exact line of a finding
 */
public record LintTarget(Quiz quiz, String path, String source) {
}
