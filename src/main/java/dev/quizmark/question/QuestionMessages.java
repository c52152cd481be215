package dev.quizmark.question;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the question types, on the attempt page, in the review and in the preview; texts in
 * messages/question_ko.properties and question_en.properties.
 */
@MessageBundle(value = "question", locale = "ko")
public interface QuestionMessages {

    @Message
    String answerTrue();

    @Message
    String answerFalse();

    @Message
    String answerLabel();

    @Message
    String numberLabel();

    @Message
    String choose();

    @Message
    String multipleHint();

    @Message
    String orderingHint();

    @Message
    String matchingHint();

    @Message
    String blankLabel(int number);

    @Message
    String answer();

    @Message
    String accepted();

    @Message
    String regex();

    @Message
    String correctOrder();

    @Message
    String correct();
}
