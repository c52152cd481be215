package dev.quizmark.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the account edit, confirmation and delete pages; messages/manage_ko.properties and _en. */
@MessageBundle(value = "manage", locale = "ko")
public interface ManageMessages {

    @Message String editTitle(String name);
    @Message String edit();
    @Message String save();
    @Message String saved();
    @Message String unchanged();
    @Message String back();
    @Message String adminTitle();
    @Message String adminNote();
    @Message String grantAdmin();
    @Message String revokeAdmin();
    @Message String adminBadge();
    @Message String deleteNote();
    @Message String delete();
    @Message String deleted();
    @Message String confirmTitle();
    @Message String confirmReset(String name);
    @Message String confirmDisable(String name);
    @Message String confirmDelete(String name);
    @Message String cancel();
    @Message String historyTitle();
    @Message String noHistory();
    @Message String when();
    @Message String by();
    @Message String action();
    @Message String detail();
}
