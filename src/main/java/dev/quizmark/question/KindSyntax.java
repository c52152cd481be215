package dev.quizmark.question;

import java.util.List;
import java.util.function.Function;

/**
 * How a question type is written in a quiz file (docs/quiz-format.md).
 *
 * @param typeName   the {@code type=} value
 * @param answerList the Markdown list that holds its answers, besides a task list (always read as the answer list)
 * @param fields     the answer fields it takes ({@code answer}, {@code regex}, {@code tolerance}); every question
 *                   takes {@code explanation} and {@code source}
 * @param promptHoldsAnswers the prompt itself holds answers (cloze blanks), so it is never rendered as a whole
 * @param reader     reads the question; reports problems to the source and returns a kind even then
 */
public record KindSyntax(String typeName, AnswerList answerList, List<String> fields, boolean promptHoldsAnswers,
        Function<QuestionSource, QuestionKind> reader) {

    public enum AnswerList { TASK_LIST, BULLET_LIST, ORDERED_LIST, NONE }
}
