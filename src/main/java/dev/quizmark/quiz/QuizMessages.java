package dev.quizmark.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the instructor preview; texts in messages/quiz_ko.properties and quiz_en.properties. */
@MessageBundle(value = "quiz", locale = "ko")
public interface QuizMessages {

    @Message
    String previewTitle();

    @Message
    String previewIntro();

    @Message
    String problemsTitle();

    @Message
    String noProblems();

    @Message
    String deleted();

    @Message
    String questionHeading(int number, String title);

    @Message
    String points(String points);

    @Message
    String type();

    @Message
    String difficulty();

    @Message
    String topic();





    @Message
    String explanation();

    @Message
    String source();

    @Message
    String openReading();




    @Message
    String settings(int questions, String points, int passMark);

    @Message
    String file(String path);

    @Message
    String lintTitle();

    @Message
    String lintIntro();

    @Message
    String lintCounts(long errors, long warnings);

    @Message
    String lintError();

    @Message
    String lintWarning();

    @Message
    String toQuestion();

    @Message
    String coverageTitle();

    @Message
    String coverageCounts(int cited, int paragraphs);

    @Message
    String uncited(int line);
}
