package dev.quizmark.live;

import java.util.List;

/**
 * The host's projector page at one moment. Answer material (right choices, the explanation, the source quote)
 * is filled in only once the question's results are shown.
 *
 * @param qrSvg        the join QR code (lobby only), escaped SVG
 * @param chartSvg     the answer distribution (results only), escaped SVG
 * @param correctText  the right answer of a typed or true/false question (results only)
 * @param teams        the team standings, best first (team mode only, else empty)
 */
public record HostView(long sessionId, long sequence, LiveState state, String pin, String joinUrl, String qrSvg,
        String quizTitle, List<PlayerRow> players, List<String> notForLive, int number, int count, String questionTitle,
        String promptHtml, List<ChoiceRow> choices, int answered, long leftMs, String deadline, boolean paused,
        String chartSvg, String correctText, String explanationHtml, String sourceQuote, List<BoardRow> board,
        String csrfToken, boolean last, String quizId, List<TeamRow> teams) {

    /** @param team the player's team letter; null without team mode */
    public record PlayerRow(long id, String nickname, String team) {
    }

    /** A team on the leaderboard: average points of its players and their right answers in all. */
    public record TeamRow(int rank, String team, int members, long points, int correct) {
    }

    /** @param correct known only once results are shown */
    public record ChoiceRow(int number, String html, boolean correct, long count) {
    }

    public record BoardRow(int rank, String nickname, long points, int correct) {
    }

    public long secondsLeft() {
        return (leftMs + 999) / 1000;
    }
}
