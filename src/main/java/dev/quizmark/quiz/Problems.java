package dev.quizmark.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one file, so an instructor sees them all at once. */
final class Problems {

    private final String path;
    private final List<QuizProblem> list = new ArrayList<>();

    Problems(String path) {
        this.path = path;
    }

    void add(int line, String message) {
        list.add(new QuizProblem(path, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<QuizProblem> sorted() {
        return list.stream().sorted(Comparator.comparingInt(QuizProblem::line)).toList();
    }
}
