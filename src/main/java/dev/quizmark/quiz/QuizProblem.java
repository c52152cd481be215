package dev.quizmark.quiz;

/** One validation problem in a quiz file, shown as {@code path:line: message}. */
public record QuizProblem(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
