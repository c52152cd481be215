package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import java.util.List;

/**
 * A question type. Each permitted class is one type and owns all of it: how it is written in a quiz file (its
 * {@code SYNTAX} and {@code read}), its answer key (the record's fields), how the posted attempt form becomes a
 * response, grading, what the attempt page and the review show, how an instructor reads a response and its
 * per-question statistics. Its markup is {@code templates/kinds/<type name>.html} (fragment {@code input} for the
 * attempt page, {@code key} for the preview), its words are in {@code messages/question_*.properties}.
 *
 * <p>Adding a type (docs/architecture.md): a new record that implements this interface, or {@link ChoiceQuestion} or
 * {@link TypedAnswer} when it is answered like those, listed in {@code permits} and in {@link QuestionKinds#ALL}; the
 * compiler then asks for every method below that the record does not inherit.
 *
 * <p>A response is a list of strings whose meaning each type documents. It is what is stored (as JSON) and
 * exported; missing or malformed values count as unanswered parts and score 0. Everything in a kind is answer
 * material except what {@link #input} returns: only that reaches a student before grading.
 */
public sealed interface QuestionKind
        permits ChoiceQuestion, TrueFalse, TypedAnswer, Ordering, Matching, Cloze {

    /** The name written in a quiz file's {@code type=} attribute; also the name of the type's template. */
    String typeName();

    /** A fragment of the type's template: {@code input} (the attempt page) or {@code key} (the preview). */
    default String template(String fragment) {
        return QuestionKinds.template(typeName(), fragment);
    }

    /** The share of the question's points the response earns, 0 to 1. */
    double fraction(List<String> response);

    /** A response that earns full marks. */
    List<String> correctResponse();

    /** This question's fields of the posted attempt form, as a response. */
    List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order);

    /** What the attempt page shows for answering, with the saved response filled in; never answer material. */
    AnswerInput input(List<String> response, AnswerFields fields, DisplayOrder order);

    /** The review of a response: the prompt as the review shows it, and the choices or the compared values. */
    ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words);

    /** The response in words an instructor can check against the question. */
    String describe(List<String> response);

    /** Statistics beyond facility: how often each choice was picked, or the commonest wrong answers. */
    AnswerCounts count(List<GivenAnswer> answers);

    /**
     * Moodle's "random guess score": the fraction a student earns on average by answering at random, or null where
     * Moodle does not estimate it (multiple choice with several right answers). Typed answers score 0 by guessing.
     */
    Double randomGuessScore();

    /** The response classes the item analysis lists even when nobody gave them (every choice); empty for typed types. */
    default List<ResponsePart> responseParts() {
        return List.of();
    }

    /**
     * The classes one response falls into, for the item analysis: by default the whole response, described as the
     * instructor's pages describe it; an empty response falls into none.
     */
    default List<ResponsePart> analyse(List<String> response) {
        if (response.stream().allMatch(v -> v == null || v.isBlank())) {
            return List.of();
        }
        return List.of(new ResponsePart(String.join("|", response), describe(response), fraction(response) >= 1));
    }
}
