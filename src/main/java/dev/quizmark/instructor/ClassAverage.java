package dev.quizmark.instructor;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The class average a student's result page shows once the quiz has closed, when its file allows it
 * ({@code class_average: true}): the mean of every student's graded result, as the results page computes it.
 */
@ApplicationScoped
public class ClassAverage {

    @Inject
    ResultsService results;

    /** @param quiz the quiz as this student has it (an extension moves its closing time) */
    public Optional<ScoreStatistics> of(Quiz quiz, Instant now) {
        QuizSettings settings = quiz.settings();
        if (!settings.classAverage() || settings.availableUntil() == null
                || now.isBefore(settings.availableUntil().toInstant())) {
            return Optional.empty();
        }
        ScoreStatistics stats = results.overviews(List.of(quiz), new ExportFilter(null, null, null, null)).get(0).stats();
        return stats.count() == 0 ? Optional.empty() : Optional.of(stats);
    }
}
