package dev.quizmark.quiz;

public enum QuestionType {
    SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, ORDERING, MATCHING, CLOZE
}
