package dev.quizmark.live;

/**
 * Speed points as Kahoot computes them: a right answer earns {@code round(1000 × (1 − (t/T)/2))}, where t is the
 * time taken and T the question's answering time; an answer within half a second earns the full 1000. A wrong or
 * missing answer earns nothing. When the host turned on the streak bonus, a run of right answers adds
 * {@link #streakBonus}. Correctness itself comes from the quiz's grader, never from here.
 */
final class LiveScoring {

    static final int FULL = 1000;
    static final long INSTANT_MS = 500;

    private LiveScoring() {
    }

    static int points(boolean correct, long elapsedMs, long questionMs) {
        if (!correct) {
            return 0;
        }
        if (elapsedMs < INSTANT_MS || questionMs <= 0) {
            return FULL;
        }
        double share = Math.min(1.0, (double) elapsedMs / questionMs);
        return (int) Math.round(FULL * (1 - share / 2));
    }

    /** Bonus per right answer in a row after the first, and its cap. */
    static final int STREAK_STEP = 100;
    static final int STREAK_CAP = 500;

    /**
     * The streak bonus of a right answer that makes {@code streak} right answers in a row: nothing for the first,
     * then 100 more for each further one, at most 500 (2 in a row: 100, 3: 200, …, 6 and more: 500).
     */
    static int streakBonus(int streak) {
        return streak < 2 ? 0 : Math.min(STREAK_CAP, STREAK_STEP * (streak - 1));
    }
}
