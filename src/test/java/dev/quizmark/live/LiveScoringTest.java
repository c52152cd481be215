package dev.quizmark.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiveScoringTest {

    @Test
    void rightAnswersEarnKahootSpeedPoints() {
        assertEquals(1000, LiveScoring.points(true, 0, 20_000), "instant");
        assertEquals(1000, LiveScoring.points(true, 499, 20_000), "under half a second is full points");
        assertEquals(988, LiveScoring.points(true, 500, 20_000), "round(1000 * (1 - (0.5/20)/2))");
        assertEquals(750, LiveScoring.points(true, 10_000, 20_000), "half the time");
        assertEquals(500, LiveScoring.points(true, 20_000, 20_000), "at the buzzer");
        assertEquals(500, LiveScoring.points(true, 25_000, 20_000), "never below half, even when late by a hair");
    }

    @Test
    void wrongAnswersEarnNothing() {
        assertEquals(0, LiveScoring.points(false, 0, 20_000));
        assertEquals(0, LiveScoring.points(false, 10_000, 20_000));
    }

    @Test
    void rightAnswersInARowEarnAStreakBonusUpTo500() {
        assertEquals(0, LiveScoring.streakBonus(0), "wrong");
        assertEquals(0, LiveScoring.streakBonus(1), "the first right answer");
        assertEquals(100, LiveScoring.streakBonus(2));
        assertEquals(200, LiveScoring.streakBonus(3));
        assertEquals(500, LiveScoring.streakBonus(6));
        assertEquals(500, LiveScoring.streakBonus(20), "capped");
    }
}
