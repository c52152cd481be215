package dev.quizmark.live;

/**
 * Speed points as Kahoot computes them: a right answer earns {@code round(1000 × (1 − (t/T)/2))}, where t is the
 * time taken and T the question's answering time; an answer within half a second earns the full 1000. A wrong or
 * missing answer earns nothing. Correctness itself comes from the quiz's grader, never from here.
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
}
