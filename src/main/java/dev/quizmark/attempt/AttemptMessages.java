package dev.quizmark.attempt;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the student pages (quiz list, quiz, attempt, review, readings); texts in messages/attempt_ko.properties and attempt_en.properties. */
@MessageBundle(value = "attempt", locale = "ko")
public interface AttemptMessages {

    @Message
    String quizListTitle();

    @Message
    String quizListIntro();

    @Message
    String noQuizzes();

    @Message
    String statusNotStarted();

    @Message
    String statusInProgress();

    @Message
    String statusSubmitted();

    @Message
    String statusLabel();

    @Message
    String timeLeft(String time);

    @Message
    String bestScore(String percent);

    @Message
    String attemptsLeft(int count);

    @Message
    String attemptsUnlimited();

    @Message
    String opensAt(String time);

    @Message
    String closesAt(String time);

    @Message
    String closed();

    @Message
    String notOpenYet();

    @Message
    String signInToTake();

    @Message
    String settingsHeading();

    @Message
    String timeLimitLabel();

    @Message
    String untimed();

    @Message
    String attemptsLabel();

    @Message
    String attemptsValue(int used, String allowed);

    @Message
    String unlimited();

    @Message
    String passMarkLabel();

    @Message
    String passMarkValue(int mark);

    @Message
    String questionsLabel();

    @Message
    String availabilityLabel();

    @Message
    String always();

    @Message
    String from(String time);

    @Message
    String until(String time);

    @Message
    String feedbackLabel();

    @Message
    String feedbackImmediate();

    @Message
    String feedbackAfterSubmit();

    @Message
    String feedbackAfterClose();

    @Message
    String feedbackNever();

    @Message
    String readingsHeading();

    @Message
    String startButton();

    @Message
    String resumeButton();

    @Message
    String historyHeading();

    @Message
    String noAttemptsYet();

    @Message
    String colAttempt();

    @Message
    String colStarted();

    @Message
    String colStatus();

    @Message
    String colScore();

    @Message
    String reviewLink();

    @Message
    String continueLink();

    @Message
    String questionNumber(int number);

    @Message
    String points(String points);

    @Message
    String progress(int answered, int total);

    @Message
    String pageOf(int page, int pages);

    @Message
    String save();

    @Message
    String saveAndNext();

    @Message
    String saveAndPrevious();

    @Message
    String toSubmit();

    @Message
    String saved();

    @Message
    String saving();

    @Message
    String saveFailed();

    @Message
    String savedNotice();

    @Message
    String answerCut(int max);

    @Message
    String answerLabel();

    @Message
    String deadlineLabel(String time);

    @Message
    String timeUp();

    @Message
    String minutesWarning(int minutes);

    @Message
    String minutes(long minutes);

    @Message
    String notSavedYet();

    @Message
    String restored();

    @Message
    String unsavedCount(int count);

    @Message
    String offline();

    @Message
    String noScriptNotice();

    @Message
    String navigatorHeading();

    @Message
    String navAnswered();

    @Message
    String navFlagged();

    @Message
    String flagButton();

    @Message
    String numberWarning();

    @Message
    String samePositionWarning();

    @Message
    String checkAnswer();

    @Message
    String immediateNotice();

    @Message
    String lockedNotice();


    @Message
    String newWindow();

    @Message
    String confirmTitle();

    @Message
    String unansweredCount(int count);

    @Message
    String unansweredList();

    @Message
    String allAnswered();

    @Message
    String tryAgain();

    @Message
    String classAverage(String percent, int students);

    @Message
    String flaggedCount(int count);

    @Message
    String flaggedList();

    @Message
    String confirmWarning();

    @Message
    String submitButton();

    @Message
    String backToAttempt();

    @Message
    String resultTitle();

    @Message
    String scoreLine(String points, String max, String percent);

    @Message
    String passed();

    @Message
    String failed();

    @Message
    String autoSubmitted();

    @Message
    String submittedAt(String time);

    @Message
    String reviewAfterClose(String time);

    @Message
    String reviewAfterCloseNoDate();

    @Message
    String reviewNever();

    @Message
    String reviewHeading();

    @Message
    String correct();

    @Message
    String incorrect();

    @Message
    String partial();

    @Message
    String unanswered();

    @Message
    String scored(String score, String max);

    @Message
    String yourAnswer();

    @Message
    String rightAnswer();

    @Message
    String chosenMark();

    @Message
    String correctMark();

    @Message
    String explanation();

    @Message
    String source();

    @Message
    String showInPassage();

    @Message
    String backToQuiz();

    @Message
    String studentView(String student);

    @Message
    String backToAttemptDetails();

    @Message
    String errorTitle();

    @Message
    String errNotFound();

    @Message
    String errQuizDeleted();

    @Message
    String errNotOpenYet();

    @Message
    String errClosed();

    @Message
    String errNoAttemptsLeft();

    @Message
    String errAlreadySubmitted();

    @Message
    String errTimeUp();

    @Message
    String errQuestionLocked();

    @Message
    String errUnknownQuestion();

    @Message
    String errBadRequest();

    @Message
    String outletLabel();

    @Message
    String authorLabel();

    @Message
    String dateLabel();

    @Message
    String originalLink();

    @Message
    String quoteNotice();
}
