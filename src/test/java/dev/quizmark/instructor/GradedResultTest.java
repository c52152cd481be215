package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.quiz.QuizSettings.Grading;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A student's result by each grading method, on attempts given out of order. */
class GradedResultTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    /** An attempt of student 7 started {@code hour} hours after T0, scoring {@code points} of 12. */
    private static AttemptRow attempt(long id, int hour, double points) {
        BigDecimal percent = BigDecimal.valueOf(points * 100 / 12);
        return new AttemptRow(id, 7, "s7", "Student", "g", "quiz", T0.plusSeconds(hour * 3600L), T0.plusSeconds(hour * 3600L + 600),
                BigDecimal.valueOf(points), BigDecimal.valueOf(12), percent, percent.doubleValue() >= 50, AttemptStatus.SUBMITTED);
    }

    // Started in the order 1 (6 points), 2 (9), 3 (7.5); listed newest first as the pages list them.
    private static final List<AttemptRow> ATTEMPTS = List.of(attempt(3, 2, 7.5), attempt(2, 1, 9), attempt(1, 0, 6));

    @Test
    void bestFirstLastAndAverage() {
        GradedResult best = GradedResult.of(Grading.BEST, ATTEMPTS, 60);
        assertEquals(2, best.attempt().attemptId());
        assertEquals(0, new BigDecimal("75").compareTo(best.percent()));
        assertEquals(3, best.attempts());
        assertEquals(1, GradedResult.of(Grading.FIRST, ATTEMPTS, 60).attempt().attemptId());
        assertEquals(3, GradedResult.of(Grading.LAST, ATTEMPTS, 60).attempt().attemptId());

        // (6 + 9 + 7.5) / 3 = 7.5 points = 62.5 %: over the pass mark of 60, under one of 65.
        GradedResult average = GradedResult.of(Grading.AVERAGE, ATTEMPTS, 60);
        assertNull(average.attempt());
        assertEquals(0, new BigDecimal("7.5").compareTo(average.points()));
        assertEquals(0, new BigDecimal("12").compareTo(average.maxPoints()));
        assertEquals(0, new BigDecimal("62.5").compareTo(average.percent()));
        assertTrue(average.passed());
        assertFalse(GradedResult.of(Grading.AVERAGE, ATTEMPTS, 65).passed());
    }

    @Test
    void equalBestScoresKeepTheEarlierAttemptAndOneAttemptIsItsOwnAverage() {
        List<AttemptRow> tied = List.of(attempt(5, 3, 9), attempt(4, 1, 9));
        assertEquals(4, GradedResult.of(Grading.BEST, tied, 50).attempt().attemptId());
        assertEquals(6, GradedResult.of(Grading.AVERAGE, List.of(attempt(6, 0, 6)), 50).attempt().attemptId());
    }
}
