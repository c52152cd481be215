package dev.quizmark.live;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a live page shows, read in one transaction at {@link #now}: the session, its quiz version, the
 * players still in it and every answer. Views for the host and each phone are built from one snapshot, so the
 * standings are ranked once per snapshot, not once per phone (a push renders hundreds of phones from one).
 */
record LiveSnapshot(LiveSession session, Quiz quiz, List<Question> questions, List<LivePlayer> players,
        List<LiveAnswer> answers, Instant now, List<Standing> standings, Map<Long, Standing> standingByPlayer,
        Map<String, LiveAnswer> answerByPlayerQuestion, List<TeamStanding> teamStandings) {

    LiveSnapshot(LiveSession session, Quiz quiz, List<Question> questions, List<LivePlayer> players,
            List<LiveAnswer> answers, Instant now) {
        this(session, quiz, questions, players, answers, now, rank(players, answers));
    }

    private LiveSnapshot(LiveSession session, Quiz quiz, List<Question> questions, List<LivePlayer> players,
            List<LiveAnswer> answers, Instant now, List<Standing> standings) {
        this(session, quiz, questions, players, answers, now, standings, byPlayer(standings), byPlayerQuestion(answers),
                rankTeams(session.teams, standings));
    }

    /** A player's standing: total speed points and the plain count of right answers. */
    record Standing(LivePlayer player, int rank, long points, int correct) {
    }

    /**
     * A team's standing. Teams of different sizes compare fairly by {@code points}, the average of their players'
     * points (rounded); {@code correct} is the plain count of right answers of all of them.
     */
    record TeamStanding(int team, int rank, int members, long points, int correct) {
    }

    /** The team's letter: A for team 1. */
    static String teamLetter(int team) {
        return String.valueOf((char) ('A' + team - 1));
    }

    /** The standing of one team; null without team mode or for a team number out of range. */
    TeamStanding teamStandingOf(Integer team) {
        return team == null ? null : teamStandings.stream().filter(t -> t.team() == team).findFirst().orElse(null);
    }

    /**
     * These players and answers with the session as read again at {@code now}; only for a session row of the same
     * session whose players and answers did not change (its quiz version and team count never do).
     */
    LiveSnapshot with(LiveSession session, Instant now) {
        return new LiveSnapshot(session, quiz, questions, players, answers, now, standings, standingByPlayer,
                answerByPlayerQuestion, teamStandings);
    }

    Question current() {
        int index = session.questionIndex;
        return index >= 0 && index < questions.size() ? questions.get(index) : null;
    }

    List<LiveAnswer> answersToCurrent() {
        Question current = current();
        return current == null ? List.of() : answers.stream().filter(a -> a.questionId.equals(current.id())).toList();
    }

    LiveAnswer answerOf(LivePlayer player, Question question) {
        return answerByPlayerQuestion.get(key(player.id, question.id()));
    }

    /** The player's standing; null for a player no longer in the session. */
    Standing standingOf(long playerId) {
        return standingByPlayer.get(playerId);
    }

    LivePlayer player(long playerId) {
        Standing standing = standingByPlayer.get(playerId);
        return standing == null ? null : standing.player();
    }

    /** Teams by average points, then right answers, then number; every team is listed, even an empty one. */
    private static List<TeamStanding> rankTeams(int teams, List<Standing> standings) {
        List<TeamStanding> unranked = new ArrayList<>();
        for (int team = 1; team <= teams; team++) {
            int members = 0;
            long points = 0;
            int correct = 0;
            for (Standing standing : standings) {
                if (standing.player().team != null && standing.player().team == team) {
                    members++;
                    points += standing.points();
                    correct += standing.correct();
                }
            }
            unranked.add(new TeamStanding(team, 0, members, members == 0 ? 0 : Math.round((double) points / members), correct));
        }
        unranked.sort(Comparator.comparingLong(TeamStanding::points).reversed()
                .thenComparing(Comparator.comparingInt(TeamStanding::correct).reversed())
                .thenComparingInt(TeamStanding::team));
        List<TeamStanding> ranked = new ArrayList<>();
        for (TeamStanding team : unranked) {
            TeamStanding before = ranked.isEmpty() ? null : ranked.get(ranked.size() - 1);
            int rank = before != null && before.points() == team.points() && before.correct() == team.correct()
                    ? before.rank() : ranked.size() + 1;
            ranked.add(new TeamStanding(team.team(), rank, team.members(), team.points(), team.correct()));
        }
        return ranked;
    }

    // Looked up once per phone on every push: indexed, so a push to N phones stays linear in N.
    private static Map<Long, Standing> byPlayer(List<Standing> standings) {
        Map<Long, Standing> index = new HashMap<>();
        standings.forEach(standing -> index.put(standing.player().id, standing));
        return index;
    }

    private static Map<String, LiveAnswer> byPlayerQuestion(List<LiveAnswer> answers) {
        Map<String, LiveAnswer> index = new HashMap<>();
        answers.forEach(answer -> index.putIfAbsent(key(answer.playerId, answer.questionId), answer));
        return index;
    }

    private static String key(long playerId, String questionId) {
        return playerId + "/" + questionId;
    }

    /** Players by points, then right answers, then name; equal points and right answers share a rank. */
    private static List<Standing> rank(List<LivePlayer> players, List<LiveAnswer> answers) {
        Map<Long, long[]> totals = new HashMap<>();
        for (LiveAnswer answer : answers) {
            long[] total = totals.computeIfAbsent(answer.playerId, p -> new long[2]);
            total[0] += answer.points;
            total[1] += answer.correct ? 1 : 0;
        }
        List<LivePlayer> ordered = new ArrayList<>(players);
        ordered.sort(Comparator.<LivePlayer>comparingLong(p -> -totals.getOrDefault(p.id, new long[2])[0])
                .thenComparingLong(p -> -totals.getOrDefault(p.id, new long[2])[1])
                .thenComparing(p -> p.nickname));
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            LivePlayer player = ordered.get(i);
            long[] total = totals.getOrDefault(player.id, new long[2]);
            int rank = i + 1;
            if (i > 0) {
                Standing before = standings.get(i - 1);
                if (before.points() == total[0] && before.correct() == total[1]) {
                    rank = before.rank();
                }
            }
            standings.add(new Standing(player, rank, total[0], (int) total[1]));
        }
        return standings;
    }
}
