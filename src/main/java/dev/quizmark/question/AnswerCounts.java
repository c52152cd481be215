package dev.quizmark.question;

import java.util.List;

/** Per-question statistics beyond facility: picks per choice, or the commonest wrong answers. */
public record AnswerCounts(List<ChoiceCount> choices, List<WrongAnswer> wrongAnswers) {

    public static final AnswerCounts NONE = new AnswerCounts(List.of(), List.of());

    /** @param html parser-rendered choice text */
    public record ChoiceCount(String html, boolean correct, long count) {
    }

    public record WrongAnswer(String text, long count) {
    }

    /** One submitted response: the stored answer and whether it was graded right (null when ungraded). */
    public record GivenAnswer(List<String> answer, Boolean correct) {
    }
}
