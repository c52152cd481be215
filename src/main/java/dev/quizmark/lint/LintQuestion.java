package dev.quizmark.lint;

import dev.quizmark.lint.NumberMentions.NumericAnswer;
import dev.quizmark.question.KindSyntax;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * One question as lint sees it: plain text (no HTML), split into what a student sees and what is the answer.
 * Built only by {@link QuestionTexts}.
 *
 * @param type         the type name as written in the quiz file ("short", "cloze", ...)
 * @param reading      the reading passage that applies (the question's own or the quiz's first), or null
 * @param visible      what a student sees while answering: title, prompt, choices, items, pair sides
 * @param review       what the review shows after grading: explanation and source quote
 * @param textAnswers  SHORT: one slot with the accepted answers; CLOZE: one slot per blank
 * @param regex        SHORT: the extra pattern, or null
 * @param numeric      NUMERIC: the key, or null
 * @param choices      SINGLE/MULTIPLE choices
 * @param items        ORDERING items in the right order
 * @param pairs        MATCHING pairs in file order
 * @param cloze        CLOZE only, else null
 * @param accepts      SHORT: whether the grader gives full marks to a typed answer
 * @param blankAccepts CLOZE: whether the grader counts a typed text right for blank n (0-based)
 */
record LintQuestion(
        String id,
        String type,
        String title,
        int line,
        String difficulty,
        String topic,
        String reading,
        String sourceQuote,
        String explanation,
        List<Unit> visible,
        List<Unit> review,
        List<List<String>> textAnswers,
        String regex,
        NumericAnswer numeric,
        List<Choice> choices,
        List<String> items,
        List<Pair> pairs,
        Cloze cloze,
        Predicate<String> accepts,
        BiPredicate<Integer, String> blankAccepts) {

    boolean is(KindSyntax kind) {
        return kind.typeName().equals(type);
    }

    /** A piece of text a student sees, and where it sits in the question. */
    record Unit(Part part, String text) {
    }

    enum Part {
        TITLE("title"), PROMPT("prompt"), CHOICE("choice"), ITEM("ordering item"), LEFT("matching left side"),
        RIGHT("matching right side"), EXPLANATION("explanation"), SOURCE("source quote"), QUIZ_TITLE("quiz title"),
        DESCRIPTION("quiz description");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    record Choice(String text, boolean correct) {
    }

    record Pair(String left, String right) {
    }

    /**
     * @param instruction the prompt's paragraphs without blanks (the instruction line), may be empty
     * @param pieces      for each paragraph with blanks, its text around the blanks
     */
    record Cloze(String instruction, List<List<String>> pieces) {
    }
}
