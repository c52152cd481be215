package dev.quizmark.app;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the layout and home page; texts in messages/app_ko.properties and app_en.properties. */
@MessageBundle(value = "app", locale = "ko")
public interface AppMessages {

    @Message
    String appName();

    @Message
    String skipToContent();

    @Message
    String navQuizzes();

    @Message
    String navInstructor();

    @Message
    String navLogin();

    @Message
    String navLogout();

    @Message
    String navPassword();

    @Message
    String signedInAs(String name);

    @Message
    String language();

    @Message
    String footer();

    @Message
    String homeTitle();

    @Message
    String homeIntro();

    @Message
    String noQuizzes();

    @Message
    String questionCount(int count);

    @Message
    String errorTitle();

    @Message
    String formTooLarge();

    @Message
    String formMalformed();

    @Message
    String databaseUnavailableTitle();

    @Message
    String databaseUnavailableText();

    @Message
    String databaseUnavailableShort();

    @Message
    String databaseUnavailableRetry(int seconds);

    @Message
    String tryAgainNow();

    @Message
    String notFoundTitle();

    @Message
    String notFoundText();

    @Message
    String forbiddenTitle();

    @Message
    String forbiddenText();

    @Message
    String conflictTitle();

    @Message
    String conflictText();

    @Message
    String serverErrorTitle();

    @Message
    String serverErrorText();

    @Message
    String errorId(String id);

    @Message
    String uploadTooLargeTitle();

    @Message
    String uploadTooLarge(String limit);

    @Message
    String formTooLargeLimits(String field, String body);
}
