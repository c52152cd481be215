package dev.quizmark.accommodation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the accommodations page and the reopen form; messages/accommodation_ko.properties and _en. */
@MessageBundle(value = "accommodation", locale = "ko")
public interface AccommodationMessages {

    @Message String title();
    @Message String link();
    @Message String intro();
    @Message String rules();
    @Message String newTitle();
    @Message String username();
    @Message String group();
    @Message String whoHint();
    @Message String quiz();
    @Message String everyQuiz();
    @Message String multiplier();
    @Message String extraMinutes();
    @Message String extraAttempts();
    @Message String from();
    @Message String until();
    @Message String reason();
    @Message String save();
    @Message String existing();
    @Message String none();
    @Message String who();
    @Message String changes();
    @Message String setBy();
    @Message String remove();
    @Message String saved();
    @Message String removed();
    @Message String problems();
    @Message String whoMissing();
    @Message String unknownStudent();
    @Message String unknownQuiz();
    @Message String groupTooLong();
    @Message String badMultiplier();
    @Message String badMinutes();
    @Message String badAttempts();
    @Message String badFrom();
    @Message String badUntil();
    @Message String badWindow();
    @Message String nothingChanged();
    @Message String reasonMissing();
    @Message String timeTimes(String factor);
    @Message String plusMinutes(int minutes);
    @Message String plusAttempts(int count);
    @Message String opens(String time);
    @Message String closes(String time);
    @Message String reopenTitle();
    @Message String reopenMinutes();
    @Message String reopen();
    @Message String reopened();
    @Message String reopenNotSubmitted();
    @Message String reopenAnotherInProgress();
    @Message String reopenBadInput();
    @Message String grantAttempt();
}
