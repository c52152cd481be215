package dev.quizmark.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Team standings: teams of different sizes compared by their players' average points, then right answers. */
class LiveTeamsTest {

    private final List<LivePlayer> players = new ArrayList<>();
    private final List<LiveAnswer> answers = new ArrayList<>();

    private LivePlayer player(long id, Integer team) {
        LivePlayer player = new LivePlayer();
        player.id = id;
        player.nickname = "p" + id;
        player.team = team;
        players.add(player);
        return player;
    }

    private void answer(LivePlayer player, String question, boolean correct, int points) {
        LiveAnswer answer = new LiveAnswer();
        answer.playerId = player.id;
        answer.questionId = question;
        answer.correct = correct;
        answer.points = points;
        answers.add(answer);
    }

    private List<LiveSnapshot.TeamStanding> standings(int teams) {
        LiveSession session = new LiveSession();
        session.teams = teams;
        session.questionIndex = -1;
        return new LiveSnapshot(session, null, List.of(), players, answers, Instant.now()).teamStandings();
    }

    @Test
    void aSmallTeamWithAStrongerAverageBeatsABigTeamWithMorePointsInAll() {
        LivePlayer a1 = player(1, 1);
        LivePlayer a2 = player(2, 1);
        LivePlayer a3 = player(3, 1);
        LivePlayer b1 = player(4, 2);
        answer(a1, "q1", true, 900);
        answer(a2, "q1", true, 600);
        answer(a3, "q1", false, 0);
        answer(b1, "q1", true, 950);
        answer(a1, "q2", true, 500);
        // Team A: 2000 points in all, 666.7 on average (rounded 667), 3 right; team B: 950, 1 right.
        assertEquals(List.of(new LiveSnapshot.TeamStanding(2, 1, 1, 950, 1), new LiveSnapshot.TeamStanding(1, 2, 3, 667, 3),
                new LiveSnapshot.TeamStanding(3, 3, 0, 0, 0)), standings(3), "an empty team is listed last");
    }

    @Test
    void equalAveragesAndRightAnswersShareARankAndNoTeamModeHasNoTeams() {
        LivePlayer a = player(1, 1);
        LivePlayer b = player(2, 2);
        answer(a, "q1", true, 800);
        answer(b, "q1", true, 800);
        assertEquals(List.of(new LiveSnapshot.TeamStanding(1, 1, 1, 800, 1), new LiveSnapshot.TeamStanding(2, 1, 1, 800, 1)),
                standings(2));
        players.forEach(p -> p.team = null);
        assertEquals(List.of(), standings(0));
    }
}
