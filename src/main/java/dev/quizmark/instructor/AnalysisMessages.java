package dev.quizmark.instructor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the quiz statistics page (Moodle's report); texts in messages/analysis_ko.properties and _en. */
@MessageBundle(value = "analysis", locale = "ko")
public interface AnalysisMessages {

    @Message String title(String quiz);
    @Message String link();
    @Message String intro();
    @Message String attemptsFirst();
    @Message String attemptsAll();
    @Message String testTitle();
    @Message String analysedAttempts();
    @Message String meanMark();
    @Message String medianMark();
    @Message String sd();
    @Message String skewness();
    @Message String kurtosis();
    @Message String cic();
    @Message String errorRatio();
    @Message String standardError();
    @Message String itemsTitle();
    @Message String number();
    @Message String question();
    @Message String attemptsColumn();
    @Message String facility();
    @Message String randomGuess();
    @Message String intendedWeight();
    @Message String effectiveWeight();
    @Message String discriminationIndex();
    @Message String discriminativeEfficiency();
    @Message String negativeCovariance();
    @Message String dubious();
    @Message String earlierVersionOnly();
    @Message String scatterTitle();
    @Message String scatterDesc();
    @Message String scatterX();
    @Message String scatterY();
    @Message String notPlotted();
    @Message String responsesTitle();
    @Message String response();
    @Message String count();
    @Message String frequency();
    @Message String responseDiscrimination();
    @Message String noResponse();
    @Message String right();
    @Message String suspicious();
    @Message String barsTitle(String question);
    @Message String definitions();
}
