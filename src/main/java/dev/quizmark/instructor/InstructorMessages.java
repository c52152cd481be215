package dev.quizmark.instructor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the instructor pages; texts in messages/instructor_ko.properties and instructor_en.properties. */
@MessageBundle(value = "instructor", locale = "ko")
public interface InstructorMessages {

    @Message String dashboardTitle();
    @Message String filterTitle();
    @Message String group();
    @Message String from();
    @Message String to();
    @Message String apply();
    @Message String quiz();
    @Message String attempted();
    @Message String submitted();
    @Message String mean();
    @Message String median();
    @Message String standardDeviation();
    @Message String passRate();
    @Message String results();
    @Message String preview();
    @Message String accounts();
    @Message String exports();
    @Message String exportGrades();
    @Message String exportAttempts();
    @Message String exportResponses();
    @Message String policy();
    @Message String policyQuiz();
    @Message String policyFirst();
    @Message String policyBest();
    @Message String policyLast();
    @Message String policyAverage();
    @Message String download();
    @Message String distribution();
    @Message String band();
    @Message String students();
    @Message String items();
    @Message String question();
    @Message String facility();
    @Message String discrimination();
    @Message String flags();
    @Message String earlierVersionOnly();
    @Message String flag_tooHard();
    @Message String flag_tooEasy();
    @Message String flag_lowDiscrimination();
    @Message String choicePicks();
    @Message String wrongAnswers();
    @Message String attemptsTitle();
    @Message String student();
    @Message String started();
    @Message String minutes();
    @Message String score();
    @Message String passed();
    @Message String yes();
    @Message String no();
    @Message String inProgress();
    @Message String details();
    @Message String review();
    @Message String noAttempts();
    @Message String studentTitle(String name);
    @Message String attemptTitle(String name, String quiz);
    @Message String answerGiven();
    @Message String correct();
    @Message String notAvailable();
    @Message String gradedBest();
    @Message String gradedLast();
    @Message String gradedFirst();
    @Message String gradedAverage();
    @Message String gradedCounts(long students, long attempts);
    @Message String attemptPages();
    @Message String previousPage();
    @Message String nextPage();
    @Message String pageOf(int page, int pages, long total);
    @Message String itemAttempts();
    @Message String itemAttemptsFirst();
    @Message String itemAttemptsAll();
    @Message String gradebookTitle();
    @Message String gradebookNote();
    @Message String exportGradebook();
    @Message String studentNumber();
    @Message String noStudents();
    @Message String badFilter(String field, String value);

    // Choosing a password (dev.quizmark.account.PasswordChangeResource)
    @Message String pw_title();
    @Message String pw_required();
    @Message String pw_current();
    @Message String pw_new(int min);
    @Message String pw_confirm();
    @Message String pw_submit();
    @Message String pw_WRONG_CURRENT();
    @Message String pw_MUST_WAIT(long seconds);
    @Message String pw_TOO_SHORT(int min);
    @Message String pw_SAME_AS_CURRENT();
    @Message String pw_MISMATCH();
}
