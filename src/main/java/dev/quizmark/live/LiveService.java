package dev.quizmark.live;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.Answers;
import dev.quizmark.attempt.AttemptGrader;
import dev.quizmark.attempt.AttemptService;
import dev.quizmark.question.AnswerFields;
import dev.quizmark.question.PostedForm;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The life of a live session: hosting (create, start, the per-question states, pause, extend, skip, end), joining
 * and answering, and storing each signed-in student's result as an attempt when it ends.
 *
 * <p>All state is in the database, so any instance can serve any request. Host actions lock the session row; an
 * answer takes a shared lock on it, so it is either taken before the question closes or refused after. Every state
 * change raises the session's sequence and fires {@link LiveChanged}, which {@link LiveNotifier} turns into a
 * PostgreSQL NOTIFY (delivered on commit) and a push to this instance's own listeners.
 */
@ApplicationScoped
public class LiveService {

    /** How much the host's "more time" button adds. */
    static final Duration EXTENSION = Duration.ofSeconds(15);
    static final int MAX_NICKNAME = 40;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    QuizCatalog catalog;

    @Inject
    AttemptService attempts;

    @Inject
    EntityManager em;

    @Inject
    Event<LiveChanged> changed;

    /** A player and, for a guest who just joined, the rejoin token for the cookie. */
    public record Joined(LivePlayer player, String token) {
    }

    /** The host's buttons. */
    public enum Action {
        START, CLOSE, REVEAL, LEADERBOARD, NEXT, PAUSE, RESUME, EXTEND, SKIP, END
    }

    /**
     * What the host chooses when starting a session.
     *
     * @param teams 0 for no teams, else 2 to {@link #MAX_TEAMS}
     */
    public record Options(int secondsPerQuestion, boolean allowGuests, boolean streakBonus, int teams) {
    }

    public static final int MAX_TEAMS = 6;

    @Transactional
    public LiveSession create(long hostAccountId, String quizId, Options options, Instant now) {
        if (quizId == null || !Quiz.isId(quizId)) {
            throw new LiveProblem(LiveProblem.Reason.NOT_FOUND);
        }
        Quiz quiz = catalog.current(quizId).orElseThrow(() -> new LiveProblem(LiveProblem.Reason.NOT_FOUND));
        if (LiveQuestions.of(quiz).isEmpty()) {
            throw new LiveProblem(LiveProblem.Reason.NO_LIVE_QUESTIONS);
        }
        LiveSession session = new LiveSession();
        session.pin = freePin();
        session.hostAccountId = hostAccountId;
        session.quizId = quiz.id();
        session.contentHash = quiz.contentHash();
        session.state = LiveState.LOBBY;
        session.questionIndex = -1;
        session.secondsPerQuestion = Math.max(5, Math.min(600, options.secondsPerQuestion()));
        session.allowGuests = options.allowGuests();
        session.streakBonus = options.streakBonus();
        session.teams = options.teams() < 2 ? 0 : Math.min(MAX_TEAMS, options.teams());
        session.sequence = 1;
        session.createdAt = now;
        session.persist();
        return session;
    }

    /** A 6-digit PIN that no running session uses. */
    private static String freePin() {
        for (int tries = 0; tries < 50; tries++) {
            String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (LiveSession.runningWithPin(pin).isEmpty()) {
                return pin;
            }
        }
        throw new IllegalStateException("no free live PIN after 50 tries");
    }

    /** The quiz version a session plays; kept forever by the catalog. */
    public Quiz quiz(LiveSession session) {
        return catalog.version(session.contentHash)
                .orElseThrow(() -> new IllegalStateException("quiz version of live session " + session.id + " is missing"));
    }

    /** The session, when the account hosts it; otherwise not found. */
    @Transactional
    public LiveSession hosted(long sessionId, long hostAccountId) {
        LiveSession session = LiveSession.findById(sessionId);
        if (session == null || !session.hostAccountId.equals(hostAccountId)) {
            throw new LiveProblem(LiveProblem.Reason.NOT_FOUND);
        }
        return session;
    }

    /**
     * Joins a running session by PIN: a signed-in student as themselves (again the same player after a reload or
     * a lost connection), a guest by nickname when the host allows guests, or the guest whose phone still has the
     * token of an earlier join.
     */
    @Transactional
    public Joined join(String pin, Account account, String nickname, String guestToken, Instant now) {
        LiveSession session = LiveSession.runningWithPin(pin == null ? "" : pin.strip())
                .orElseThrow(() -> new LiveProblem(LiveProblem.Reason.NOT_FOUND));
        if (account != null) {
            if (account.role != dev.quizmark.account.Role.STUDENT) {
                throw new LiveProblem(LiveProblem.Reason.INSTRUCTORS_HOST);
            }
            Optional<LivePlayer> known = LivePlayer.ofAccount(session.id, account.id);
            if (known.isPresent()) {
                return new Joined(notKicked(known.get()), null);
            }
            String name = account.displayName;
            if (nicknameTaken(session.id, name)) {
                name = name + " (" + account.username + ")";
            }
            return new Joined(newPlayer(session, account.id, name, null, now), null);
        }
        if (guestToken != null) {
            Optional<LivePlayer> known = LivePlayer.ofToken(session.id, hash(guestToken));
            if (known.isPresent()) {
                return new Joined(notKicked(known.get()), null);
            }
        }
        if (!session.allowGuests) {
            throw new LiveProblem(LiveProblem.Reason.GUESTS_NOT_ALLOWED);
        }
        String name = nickname == null ? "" : nickname.strip();
        if (name.isEmpty() || name.length() > MAX_NICKNAME) {
            throw new LiveProblem(LiveProblem.Reason.NICKNAME_REQUIRED);
        }
        if (nicknameTaken(session.id, name)) {
            throw new LiveProblem(LiveProblem.Reason.NICKNAME_TAKEN);
        }
        String token = newToken();
        return new Joined(newPlayer(session, null, name, hash(token), now), token);
    }

    private static LivePlayer notKicked(LivePlayer player) {
        if (player.kicked) {
            throw new LiveProblem(LiveProblem.Reason.KICKED);
        }
        return player;
    }

    private static boolean nicknameTaken(long sessionId, String nickname) {
        return LivePlayer.find("sessionId = ?1 and lower(nickname) = lower(?2)", sessionId, nickname).firstResultOptional().isPresent();
    }

    /** Joining does not raise the sequence: the host's roster is refreshed by {@link LiveBus}'s coalesced tick. */
    private LivePlayer newPlayer(LiveSession session, Long accountId, String nickname, String tokenHash, Instant now) {
        // Serialise joins of one session, so two phones cannot take the same nickname at once.
        em.find(LiveSession.class, session.id, LockModeType.PESSIMISTIC_WRITE);
        if (nicknameTaken(session.id, nickname)) {
            throw new LiveProblem(LiveProblem.Reason.NICKNAME_TAKEN);
        }
        LivePlayer player = new LivePlayer();
        player.sessionId = session.id;
        player.accountId = accountId;
        player.nickname = nickname;
        player.tokenHash = tokenHash;
        player.joinedAt = now;
        player.team = session.teams == 0 ? null : smallestTeam(session);
        player.persist();
        return player;
    }

    /** The team with the fewest players still in the session (the lowest number among equals). */
    private int smallestTeam(LiveSession session) {
        int[] members = new int[session.teams + 1];
        for (Object[] row : em.createQuery("select p.team, count(p) from LivePlayer p where p.sessionId = :session "
                + "and p.kicked = false and p.team is not null group by p.team", Object[].class)
                .setParameter("session", session.id).getResultList()) {
            int team = (Integer) row[0];
            if (team >= 1 && team <= session.teams) {
                members[team] = ((Long) row[1]).intValue();
            }
        }
        int smallest = 1;
        for (int team = 2; team <= session.teams; team++) {
            if (members[team] < members[smallest]) {
                smallest = team;
            }
        }
        return smallest;
    }

    /** The player this phone is in the session: by account when signed in, else by the guest cookie. */
    @Transactional
    public Optional<LivePlayer> player(long sessionId, Account account, String guestToken) {
        if (account != null) {
            return LivePlayer.ofAccount(sessionId, account.id);
        }
        return guestToken == null ? Optional.empty() : LivePlayer.ofToken(sessionId, hash(guestToken));
    }

    @Transactional
    public void kick(long sessionId, long hostAccountId, long playerId) {
        LiveSession session = lockHosted(sessionId, hostAccountId);
        LivePlayer player = LivePlayer.findById(playerId);
        if (player == null || !player.sessionId.equals(session.id)) {
            throw new LiveProblem(LiveProblem.Reason.NOT_FOUND);
        }
        player.kicked = true;
        raise(session);
    }

    /**
     * A host button. {@code seenSequence} is the sequence of the page the button was on: a resent form or a double
     * click finds a newer sequence and changes nothing, so "next" never skips a question.
     */
    @Transactional
    public void act(long sessionId, long hostAccountId, Action action, long seenSequence, Instant now) {
        LiveSession session = lockHosted(sessionId, hostAccountId);
        if (session.sequence != seenSequence) {
            return;
        }
        if (closeIfOverdue(session, now)) {
            // The clock closed the question under the host's button: the page comes back showing that.
            raise(session);
            return;
        }
        switch (action) {
            case START, NEXT -> {
                require(session, LiveState.LOBBY, LiveState.CLOSED, LiveState.RESULTS, LiveState.LEADERBOARD);
                next(session, now);
            }
            case CLOSE -> {
                require(session, LiveState.OPEN);
                close(session, now);
            }
            case REVEAL -> {
                require(session, LiveState.CLOSED);
                session.state = LiveState.RESULTS;
            }
            case LEADERBOARD -> {
                require(session, LiveState.RESULTS);
                session.state = LiveState.LEADERBOARD;
            }
            case PAUSE -> {
                require(session, LiveState.OPEN);
                if (!session.isPaused()) {
                    session.pausedLeftMs = session.timeLeft(now).toMillis();
                    session.deadline = null;
                }
            }
            case RESUME -> {
                require(session, LiveState.OPEN);
                if (session.isPaused()) {
                    session.deadline = now.plusMillis(session.pausedLeftMs);
                    session.pausedLeftMs = null;
                }
            }
            case EXTEND -> {
                require(session, LiveState.OPEN);
                if (session.isPaused()) {
                    session.pausedLeftMs += EXTENSION.toMillis();
                } else {
                    session.deadline = session.deadline.plus(EXTENSION);
                }
                session.questionMs += EXTENSION.toMillis();
            }
            case SKIP -> {
                require(session, LiveState.OPEN, LiveState.CLOSED, LiveState.RESULTS);
                skipCurrent(session);
                next(session, now);
            }
            case END -> {
                require(session, LiveState.LOBBY, LiveState.OPEN, LiveState.CLOSED, LiveState.RESULTS, LiveState.LEADERBOARD);
                if (session.state == LiveState.OPEN) {
                    // A question cut off mid-answer is not counted.
                    skipCurrent(session);
                }
                finish(session, now);
            }
        }
        raise(session);
    }

    private static void require(LiveSession session, LiveState... allowed) {
        for (LiveState state : allowed) {
            if (session.state == state) {
                return;
            }
        }
        throw new LiveProblem(LiveProblem.Reason.WRONG_STATE);
    }

    private void next(LiveSession session, Instant now) {
        Quiz quiz = quiz(session);
        List<Question> questions = LiveQuestions.of(quiz);
        if (session.questionIndex + 1 >= questions.size()) {
            finish(session, now);
            return;
        }
        session.questionIndex++;
        session.state = LiveState.OPEN;
        session.questionMs = answeringTime(questions.get(session.questionIndex), quiz, session).toMillis();
        session.deadline = now.plusMillis(session.questionMs);
        session.pausedLeftMs = null;
    }

    /** The question's own {@code live_time}, else the quiz's, else the seconds the host chose for the session. */
    static Duration answeringTime(Question question, Quiz quiz, LiveSession session) {
        if (question.liveTime() != null) {
            return question.liveTime();
        }
        if (quiz.settings().liveTime() != null) {
            return quiz.settings().liveTime();
        }
        return Duration.ofSeconds(session.secondsPerQuestion);
    }

    private static void close(LiveSession session, Instant now) {
        session.state = LiveState.CLOSED;
        session.pausedLeftMs = null;
        if (session.deadline == null || session.deadline.isAfter(now)) {
            session.deadline = now;
        }
    }

    private void skipCurrent(LiveSession session) {
        Question current = LiveQuestions.of(quiz(session)).get(session.questionIndex);
        LiveAnswer.delete("sessionId = ?1 and questionId = ?2", session.id, current.id());
        List<String> skipped = new ArrayList<>(session.skippedIds());
        skipped.add(current.id());
        session.skipped = String.join(",", skipped);
    }

    /** Ends the session and stores each signed-in student's result as a live attempt of the quiz. */
    private void finish(LiveSession session, Instant now) {
        session.state = LiveState.FINISHED;
        session.finishedAt = now;
        session.deadline = null;
        session.pausedLeftMs = null;
        Quiz quiz = quiz(session);
        List<Question> played = played(session, quiz);
        Map<Long, Map<String, List<String>>> byPlayer = new HashMap<>();
        for (LiveAnswer answer : LiveAnswer.inSession(session.id)) {
            byPlayer.computeIfAbsent(answer.playerId, p -> new HashMap<>()).put(answer.questionId, Answers.decode(answer.answerJson));
        }
        for (LivePlayer player : LivePlayer.inSession(session.id)) {
            if (player.accountId != null) {
                attempts.recordLive(player.accountId, quiz, played, byPlayer.getOrDefault(player.id, Map.of()), session.id,
                        session.createdAt, now);
            }
        }
    }

    /** The questions that were asked and not skipped, up to where the session ended. */
    static List<Question> played(LiveSession session, Quiz quiz) {
        List<Question> questions = LiveQuestions.of(quiz);
        List<String> skipped = session.skippedIds();
        List<Question> played = new ArrayList<>();
        for (int i = 0; i <= Math.min(session.questionIndex, questions.size() - 1); i++) {
            if (!skipped.contains(questions.get(i).id())) {
                played.add(questions.get(i));
            }
        }
        return played;
    }

    /**
     * A player's answer to the question they were shown. Taken once; sending it again changes nothing. Refused
     * after the deadline, while paused, and once the session has moved to another question.
     *
     * @return whether this call stored it (false when the player had already answered)
     */
    @Transactional(dontRollbackOn = LiveProblem.class)
    public boolean answer(long sessionId, LivePlayer player, String questionId, PostedForm form, Instant now) {
        LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_READ);
        // One player's answers one at a time (double taps).
        LivePlayer locked = em.find(LivePlayer.class, player.id, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || locked == null || !locked.sessionId.equals(sessionId)) {
            throw new LiveProblem(LiveProblem.Reason.NOT_FOUND);
        }
        if (locked.kicked) {
            throw new LiveProblem(LiveProblem.Reason.KICKED);
        }
        Question current = session.questionIndex >= 0 && session.state != LiveState.FINISHED
                ? LiveQuestions.of(quiz(session)).get(session.questionIndex) : null;
        boolean already = LiveAnswer.given(locked.id, questionId);
        if (already) {
            return false;
        }
        if (current == null || !current.id().equals(questionId) || !session.takesAnswers(now)) {
            throw new LiveProblem(LiveProblem.Reason.TOO_LATE);
        }
        List<String> response = current.kind().read(form, new AnswerFields(current.id()), LiveQuestions.FILE_ORDER);
        boolean correct = AttemptGrader.grade(current, response).correct();
        long elapsed = Math.max(0, session.questionMs - Duration.between(now, session.deadline).toMillis());
        LiveAnswer answer = new LiveAnswer();
        answer.sessionId = sessionId;
        answer.playerId = locked.id;
        answer.questionId = current.id();
        answer.answerJson = Answers.encode(response);
        answer.answeredAt = now;
        answer.elapsedMs = elapsed;
        answer.correct = correct;
        answer.points = LiveScoring.points(correct, elapsed, session.questionMs);
        answer.streak = correct ? streakBefore(session, locked.id) + 1 : 0;
        answer.bonus = correct && session.streakBonus ? LiveScoring.streakBonus(answer.streak) : 0;
        answer.points += answer.bonus;
        answer.persist();
        return true;
    }

    /**
     * The run of right answers the player brings to the current question: the streak of their answer to the
     * question played before it (skipped ones do not count), 0 when they missed it or got it wrong.
     */
    private int streakBefore(LiveSession session, long playerId) {
        List<Question> questions = LiveQuestions.of(quiz(session));
        List<String> skipped = session.skippedIds();
        for (int i = session.questionIndex - 1; i >= 0; i--) {
            String id = questions.get(i).id();
            if (!skipped.contains(id)) {
                return LiveAnswer.<LiveAnswer>find("playerId = ?1 and questionId = ?2", playerId, id).firstResultOptional()
                        .map(previous -> previous.streak).orElse(0);
            }
        }
        return 0;
    }

    /** Closes the question early once every player in the session has answered it. */
    @Transactional
    public void closeIfAllAnswered(long sessionId, String questionId, Instant now) {
        // Counted first without a lock: with 500 phones answering, only the last answers take the session's lock.
        if (!allAnswered(sessionId, questionId)) {
            return;
        }
        LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || session.state != LiveState.OPEN
                || !LiveQuestions.of(quiz(session)).get(session.questionIndex).id().equals(questionId)) {
            return;
        }
        if (allAnswered(sessionId, questionId)) {
            close(session, now);
            raise(session);
        }
    }

    /**
     * No player still in the session lacks an answer. One query that stops at the first such player, so the 500
     * answers of a question cost 500 short lookups, not 500 counts of everything (only called after an answer).
     */
    private boolean allAnswered(long sessionId, String questionId) {
        return em.createQuery("select 1 from LivePlayer p where p.sessionId = :session and p.kicked = false "
                + "and not exists (select 1 from LiveAnswer a where a.playerId = p.id and a.questionId = :question)",
                Integer.class).setParameter("session", sessionId).setParameter("question", questionId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Ids of open sessions whose deadline has passed, for {@link LiveBus}'s clock. */
    @Transactional
    public List<Long> overdue(Instant now) {
        return em.createQuery("select s.id from LiveSession s where s.state = :open and s.deadline < :now", Long.class)
                .setParameter("open", LiveState.OPEN).setParameter("now", now).getResultList();
    }

    /** Closes the question when its deadline has passed (any instance may; the row lock makes it happen once). */
    @Transactional
    public void closeOverdue(long sessionId, Instant now) {
        LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session != null && closeIfOverdue(session, now)) {
            raise(session);
        }
    }

    private static boolean closeIfOverdue(LiveSession session, Instant now) {
        if (session.state == LiveState.OPEN && session.deadline != null && !now.isBefore(session.deadline)) {
            close(session, now);
            return true;
        }
        return false;
    }

    private LiveSession lockHosted(long sessionId, long hostAccountId) {
        LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.hostAccountId.equals(hostAccountId)) {
            throw new LiveProblem(LiveProblem.Reason.NOT_FOUND);
        }
        return session;
    }

    private void raise(LiveSession session) {
        session.sequence++;
        changed.fire(new LiveChanged(session.id, session.sequence));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
