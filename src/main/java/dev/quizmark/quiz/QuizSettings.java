package dev.quizmark.quiz;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Front-matter settings of a quiz; see docs/quiz-format.md.
 *
 * @param descriptionHtml rendered Markdown, or empty
 * @param timeLimit       null when untimed
 * @param attempts        null when unlimited
 * @param pageSize        questions per page, 0 = all on one page
 * @param availableFrom   null = always open
 * @param availableUntil  null = never closes
 * @param readings        reading passage paths relative to the quizzes folder
 * @param grading         which submitted attempt (or their average) is a student's result, as in Moodle
 * @param liveTime        time to answer each question in live mode ({@code live_time}), null = the host's choice
 * @param classAverage    students' result pages show the class average once the quiz has closed ({@code class_average})
 */
public record QuizSettings(
        String title,
        String descriptionHtml,
        String language,
        Duration timeLimit,
        Integer attempts,
        int passMark,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        Feedback feedback,
        int pageSize,
        OffsetDateTime availableFrom,
        OffsetDateTime availableUntil,
        List<String> readings,
        Grading grading,
        Duration liveTime,
        boolean classAverage) {

    /** Settings without a live time (the host's choice applies in live mode). */
    public QuizSettings(String title, String descriptionHtml, String language, Duration timeLimit, Integer attempts,
            int passMark, boolean shuffleQuestions, boolean shuffleChoices, Feedback feedback, int pageSize,
            OffsetDateTime availableFrom, OffsetDateTime availableUntil, List<String> readings, Grading grading) {
        this(title, descriptionHtml, language, timeLimit, attempts, passMark, shuffleQuestions, shuffleChoices, feedback,
                pageSize, availableFrom, availableUntil, readings, grading, null, false);
    }

    /** The reading passage a question names, else the first listed, else null. */
    public String readingFor(String named) {
        return named != null ? named : readings.isEmpty() ? null : readings.get(0);
    }

    public enum Feedback { IMMEDIATE, AFTER_SUBMIT, AFTER_CLOSE, NEVER }

    /** A student's result from several submitted attempts: the highest, the last, the first, or the mean score. */
    public enum Grading { BEST, LAST, FIRST, AVERAGE }
}
