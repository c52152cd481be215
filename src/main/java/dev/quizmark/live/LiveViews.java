package dev.quizmark.live;

import dev.quizmark.attempt.Answers;
import dev.quizmark.question.AnswerCounts.ChoiceCount;
import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.QuestionMessages;
import dev.quizmark.question.ReviewParts;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the host's and each phone's view of a live session from one {@link LiveSnapshot}. */
@ApplicationScoped
public class LiveViews {

    /** The leaderboard between questions shows the top of the room; the final board shows everyone. */
    static final int BOARD_SIZE = 10;

    /** How long an unused snapshot is kept. */
    private static final Duration KEEP = Duration.ofMinutes(10);

    @Inject
    LiveService live;

    @Inject
    EntityManager em;

    /** The newest snapshot of each session and the version it was read at. */
    private final Map<Long, Recent> recent = new ConcurrentHashMap<>();

    private record Recent(LiveSnapshot snapshot, List<Object> version, Instant readAt) {
    }

    /**
     * The session as it is now, read in its own transaction (callers may be on any thread). The session row is read
     * every time; its players and answers, the costly part, are reused from the last snapshot while their version is
     * unchanged: the sequence (raised by every removal of answers and every kick), the number of answers, of players
     * and of removed players (answers and joins leave the sequence alone). So the 250 phones that reconnect at once
     * after an instance died cost two short queries each, not a read of every player and answer.
     */
    public Optional<LiveSnapshot> snapshot(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LiveSession session = LiveSession.findById(sessionId);
            if (session == null) {
                recent.remove(sessionId);
                return Optional.<LiveSnapshot>empty();
            }
            Instant now = Instant.now();
            List<Object> version = version(sessionId);
            Recent known = recent.get(sessionId);
            if (known != null && known.version().equals(version)) {
                return Optional.of(known.snapshot().with(session, now));
            }
            Quiz quiz = live.quiz(session);
            LiveSnapshot snap = new LiveSnapshot(session, quiz, LiveQuestions.of(quiz), LivePlayer.inSession(sessionId),
                    LiveAnswer.inSession(sessionId), now);
            // Read after the version: at worst newer than it, so a later read finds the version changed.
            recent.put(sessionId, new Recent(snap, version, now));
            recent.values().removeIf(old -> old.readAt().isBefore(now.minus(KEEP)));
            return Optional.of(snap);
        });
    }

    /**
     * Sequence, answers, players and removed players of the session (counts: players are never deleted, and with
     * ids drawn in blocks per instance the newest player is not the highest id).
     */
    private List<Object> version(long sessionId) {
        Object[] row = (Object[]) em.createNativeQuery("select s.sequence, "
                + "(select count(*) from live_answer a where a.session_id = s.id), "
                + "(select count(*) from live_player p where p.session_id = s.id), "
                + "(select count(*) from live_player p where p.session_id = s.id and p.kicked) from live_session s where s.id = ?1")
                .setParameter(1, sessionId).getSingleResult();
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    HostView host(LiveSnapshot snap, String joinBase, String csrfToken, String language) {
        LiveSession session = snap.session();
        LiveMessages words = MessageBundles.get(LiveMessages.class, Localized.Literal.of(language));
        String joinUrl = joinBase + "live?pin=" + session.pin;
        String qr = session.state == LiveState.LOBBY ? QrCodeSvg.render(joinUrl, words.qrLabel(session.pin)) : null;
        Question current = snap.current();
        boolean revealed = session.state.revealed();
        List<LiveAnswer> answers = snap.answersToCurrent();
        List<HostView.ChoiceRow> choices = new ArrayList<>();
        String chart = null;
        String correctText = null;
        if (current != null && current.kind() instanceof ChoiceQuestion choice) {
            List<ChoiceCount> counts = choice.count(given(answers)).choices();
            for (int i = 0; i < counts.size(); i++) {
                choices.add(new HostView.ChoiceRow(i + 1, counts.get(i).html(), revealed && counts.get(i).correct(), counts.get(i).count()));
            }
            if (revealed) {
                chart = DistributionSvg.render(choices.stream()
                        .map(c -> new DistributionSvg.Bar(String.valueOf(c.number()), c.count(), c.correct())).toList(), words.distributionTitle());
            }
        } else if (current != null && revealed) {
            QuestionMessages questionWords = MessageBundles.get(QuestionMessages.class, Localized.Literal.of(language));
            ReviewParts parts = current.kind().review("", current.kind().correctResponse(), LiveQuestions.FILE_ORDER, questionWords);
            correctText = parts.rows().isEmpty() ? "" : parts.rows().get(0).expected();
            long right = answers.stream().filter(a -> a.correct).count();
            long noAnswer = snap.players().size() - answers.size();
            chart = DistributionSvg.render(List.of(new DistributionSvg.Bar(words.barRight(), right, true),
                    new DistributionSvg.Bar(words.barWrong(), answers.size() - right, false),
                    new DistributionSvg.Bar(words.barNoAnswer(), Math.max(0, noAnswer), false)), words.distributionTitle());
        }
        List<HostView.BoardRow> board = snap.standings().stream()
                .limit(session.state == LiveState.FINISHED ? Long.MAX_VALUE : BOARD_SIZE)
                .map(s -> new HostView.BoardRow(s.rank(), s.player().nickname, s.points(), s.correct())).toList();
        return new HostView(session.id, session.sequence, session.state, session.pin, joinUrl, qr, snap.quiz().title(),
                snap.players().stream().map(p -> new HostView.PlayerRow(p.id, p.nickname, teamLetter(p.team))).toList(),
                snap.quiz().questions().stream().filter(q -> !LiveQuestions.fits(q)).map(Question::title).toList(),
                session.questionIndex + 1, snap.questions().size(), current == null ? null : current.title(),
                current == null ? null : current.promptHtml(), choices, answers.size(), session.timeLeft(snap.now()).toMillis(),
                session.deadline == null ? null : session.deadline.toString(), session.isPaused(), chart, correctText,
                revealed && current != null ? current.explanationHtml() : null,
                revealed && current != null ? current.sourceQuote() : null, board, csrfToken,
                session.questionIndex + 1 >= snap.questions().size(), session.quizId,
                snap.teamStandings().stream().map(t -> new HostView.TeamRow(t.rank(), LiveSnapshot.teamLetter(t.team()),
                        t.members(), t.points(), t.correct())).toList());
    }

    private static String teamLetter(Integer team) {
        return team == null ? null : LiveSnapshot.teamLetter(team);
    }

    PhoneView phone(LiveSnapshot snap, long playerId, String csrfToken) {
        LiveSession session = snap.session();
        LivePlayer player = snap.player(playerId);
        boolean kicked = player == null;
        Question current = snap.current();
        LiveAnswer mine = player == null || current == null ? null : snap.answerOf(player, current);
        boolean showQuestion = current != null && (session.state == LiveState.OPEN || session.state == LiveState.CLOSED
                || session.state.revealed());
        String input = current == null ? null : LiveQuestions.inputOf(current.kind());
        List<PhoneView.ChoiceOption> choices = new ArrayList<>();
        if (current != null && current.kind() instanceof ChoiceQuestion choice) {
            for (int i = 0; i < choice.choices().size(); i++) {
                choices.add(new PhoneView.ChoiceOption(i + 1, choice.choices().get(i).html()));
            }
        }
        // Rank and right answers show only with results and at the end: left out before, so that phones share
        // one rendering of the stage's body (LiveBus).
        boolean ranked = session.state.revealed() || session.state == LiveState.FINISHED;
        LiveSnapshot.Standing standing = snap.standingOf(playerId);
        LiveSnapshot.TeamStanding team = player == null ? null : snap.teamStandingOf(player.team);
        Boolean correct = session.state.revealed() && mine != null ? mine.correct : null;
        return new PhoneView(session.id, session.sequence, session.state, snap.quiz().title(),
                player == null ? "" : player.nickname, kicked, session.questionIndex + 1, snap.questions().size(),
                current == null ? null : current.id(), showQuestion ? current.promptHtml() : null, input,
                current == null ? null : "q." + current.id(), choices, mine != null, session.timeLeft(snap.now()).toMillis(),
                session.deadline == null ? null : session.deadline.toString(), session.isPaused(), correct,
                session.state.revealed() && mine != null ? mine.points : 0,
                session.state.revealed() && mine != null ? mine.streak : 0,
                session.state.revealed() && mine != null ? mine.bonus : 0, standing == null ? 0 : standing.points(),
                standing == null || !ranked ? 0 : standing.correct(), standing == null || !ranked ? 0 : standing.rank(),
                ranked ? snap.players().size() : 0, csrfToken, player == null ? null : teamLetter(player.team),
                ranked && team != null ? team.rank() : 0, ranked && team != null ? snap.teamStandings().size() : 0);
    }

    private static List<GivenAnswer> given(List<LiveAnswer> answers) {
        return answers.stream().map(a -> new GivenAnswer(Answers.decode(a.answerJson), a.correct)).toList();
    }
}
