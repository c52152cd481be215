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
    String signInFormRefused();

    @Message
    String signInWait(long seconds);

    @Message
    String signInBusy(long seconds);

    @Message
    String passwordChangedSignIn();

    @Message
    String busyTitle();

    @Message
    String busyText(long seconds);

    @Message
    String busyRetryNow();

    @Message
    String username();

    @Message
    String password();

    @Message
    String signIn();

    @Message
    String accountsTitle();

    @Message
    String accountsIntro();

    @Message
    String displayName();

    @Message
    String studentNumber();

    @Message
    String group();

    @Message
    String email();

    @Message
    String role();

    @Message
    String status();

    @Message
    String signInDelayedUntil();

    @Message
    String actions();

    @Message
    String roleStudent();

    @Message
    String roleInstructor();

    @Message
    String statusEnabled();

    @Message
    String statusDisabled();

    @Message
    String filterByGroup();

    @Message
    String allGroups();

    @Message
    String filter();

    @Message
    String accountCount(int count);

    @Message
    String noAccounts();

    @Message
    String newAccountTitle();

    @Message
    String newAccountLink();

    @Message
    String createAccount();

    @Message
    String optional();

    @Message
    String passwordHint();

    @Message
    String usernameHint();

    @Message
    String resetPassword();

    @Message
    String disable();

    @Message
    String enable();

    @Message
    String youLabel();

    @Message
    String accountCreated(String username);

    @Message
    String accountDisabled(String username);

    @Message
    String accountEnabled(String username);

    @Message
    String cannotDisableSelf();

    @Message
    String formErrorsHeading();

    @Message
    String fieldProblem(String field, String text);

    @Message
    String errorRequired();

    @Message
    String errorUsernameFormat();

    @Message
    String errorUsernameTaken();

    @Message
    String errorPasswordShort(int min);

    @Message
    String errorPasswordLong(int max);

    @Message
    String errorEmail();

    @Message
    String errorTooLong(int max);

    @Message
    String resetDoneTitle();

    @Message
    String resetDone(String username, String name);

    @Message
    String oneTimePassword();

    @Message
    String oneTimeNote();

    @Message
    String backToAccounts();

    @Message
    String importTitle();

    @Message
    String importLink();

    @Message
    String importIntro();

    @Message
    String importFile();

    @Message
    String importButton();

    @Message
    String importNothing();

    @Message
    String importFailed();

    @Message
    String importPaste();

    @Message
    String importProgressTitle();

    @Message
    String importHashing(int hashed, int total);

    @Message
    String importRefreshes();

    @Message
    String importJobFailed();

    @Message
    String importDownloadNote();

    @Message
    String importDownload();

    @Message
    String importDownloaded();

    @Message
    String importDone(int count);

    @Message
    String rosterLine(int line, String field, String text);

    @Message
    String rosterLineNoField(int line, String text);

    @Message
    String rosterNotUtf8();

    @Message
    String rosterEmpty();

    @Message
    String rosterMalformed(String detail);

    @Message
    String rosterMissingColumn();

    @Message
    String rosterUnknownColumn();

    @Message
    String rosterDuplicateColumn();

    @Message
    String rosterTooMany(int max);

    @Message
    String rosterMissingUsername();

    @Message
    String rosterBadUsername(String value);

    @Message
    String rosterDuplicate(String value, int firstLine);

    @Message
    String rosterExists(String value);

    @Message
    String rosterMissingName();

    @Message
    String rosterBadEmail(String value);

    @Message
    String rosterTooLong(int max);

    @Message
    String registerTitle();

    @Message
    String joinCode();

    @Message
    String register();

    @Message
    String errorJoinCode();

    @Message
    String registerLink();

    @Message
    String registered();

    @Message
    String joinCodeWait(long seconds);
}
