package dev.quizmark.regrade;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the regrade page; texts in messages/regrade_ko.properties and regrade_en.properties. */
@MessageBundle(value = "regrade", locale = "ko")
public interface RegradeMessages {

    @Message String title(String quiz);
    @Message String link();
    @Message String intro();
    @Message String applied();
    @Message String stale();
    @Message String currentVersion();
    @Message String dryRun();
    @Message String summary(int checked, int changed);
    @Message String attempt();
    @Message String fromVersion();
    @Message String questions();
    @Message String oldScore();
    @Message String newScore();
    @Message String confirm();
    @Message String apply();
    @Message String history();
    @Message String noHistory();
    @Message String when();
    @Message String by();
    @Message String toVersion();
    @Message String changedAttempts();
}
