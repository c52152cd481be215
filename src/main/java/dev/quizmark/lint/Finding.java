package dev.quizmark.lint;

/**
 * One lint finding, shown as {@code path:line: severity: message [rule]}.
 *
 * @param path       the file as the user names it (a quiz file, or for reading checks the quiz that cites it)
 * @param rule       the rule's name, as documented in docs/quiz-format.md ("cueing", "stale-source", …)
 * @param questionId the question the finding is about, or null for the whole quiz
 */
public record Finding(String path, int line, Severity severity, String rule, String message, String questionId) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }
}
