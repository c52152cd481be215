package dev.quizmark.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of sign-in and account pages; texts in messages/account_ko.properties and account_en.properties. */
@MessageBundle(value = "account", locale = "ko")
public interface AccountMessages {

    @Message
    String signInTitle();

    @Message
    String signInFailed();

    @Message
    String username();

    @Message
    String password();

    @Message
    String signIn();
}
