package dev.quizmark.attempt;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED
}
