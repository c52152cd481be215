package dev.quizmark.instructor;

/** A filter or export option that cannot be read; {@link FilterProblemMapper} answers it with a 400 naming it. */
class FilterProblem extends RuntimeException {

    final String field;
    final String value;

    FilterProblem(String field, String value, String message) {
        super(field + ": " + message + ", got \"" + value + "\"");
        this.field = field;
        this.value = value;
    }
}
