package dev.quizmark.live;

import java.util.List;

/**
 * One player's phone at one moment: the current question and how to answer it while it is open, and the
 * player's own result once it is shown. Never answer material before the results.
 *
 * @param input       how to answer: single, multiple, true_false or typed
 * @param correct     the player's answer was right (results only; null before or without an answer)
 * @param gained      points earned by the answer, streak bonus included (results only)
 * @param streak      right answers in a row it makes, and {@code bonus} the streak bonus in {@code gained}
 * @param team        the player's team letter (team mode only, else null); {@code teamRank} of {@code teamCount}
 *                    its place, with results and at the end only
 */
public record PhoneView(long sessionId, long sequence, LiveState state, String quizTitle, String nickname, boolean kicked,
        int number, int count, String questionId, String promptHtml, String input, String field, List<ChoiceOption> choices,
        boolean answered, long leftMs, String deadline, boolean paused, Boolean correct, int gained, int streak, int bonus, long points,
        int correctCount, int rank, int playerCount, String csrfToken, String team, int teamRank, int teamCount) {

    public record ChoiceOption(int number, String html) {
    }

    /** The question can be answered from this phone now. */
    public boolean canAnswer() {
        return state.isOpen() && !answered && !paused && leftMs > 0 && !kicked;
    }

    public long secondsLeft() {
        return (leftMs + 999) / 1000;
    }

    /**
     * This view as the stage's body sees it: without the header line's nickname, points and team (the body shows
     * the points only on the final screen, the team with results), so every phone in the same position shares one
     * rendering of the body.
     */
    PhoneView bodyKey() {
        boolean ranked = state.revealed() || state.isFinished();
        return new PhoneView(sessionId, sequence, state, quizTitle, "", kicked, number, count, questionId, promptHtml, input,
                field, choices, answered, leftMs, deadline, paused, correct, gained, streak, bonus, state.isFinished() ? points : 0,
                correctCount, rank, playerCount, csrfToken, ranked ? team : null, teamRank, teamCount);
    }

    public int maxText() {
        return dev.quizmark.question.PostedForm.MAX_TEXT;
    }
}
