package dev.quizmark.quiz;

/** A problem that stops reading a part of a quiz file, at a 1-based file line. */
public class QuizFormatException extends RuntimeException {

    private final int line;

    public QuizFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
