package dev.quizmark.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole live session over plain HTTP, as phones without JavaScript play it: hosting, joining (student and
 * guests), answering, the per-question states, late answers, pause and extension, skipping, and the stored attempts.
 */
@QuarkusTest
class LiveFlowTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    FixtureQuizzes.Folder folder;
    Quiz quiz;
    SignedIn host;

    @jakarta.inject.Inject
    LiveViews views;

    @BeforeEach
    void setUp() {
        folder = FixtureQuizzes.folder();
        quiz = folder.add(FixtureQuizzes.quiz(s -> s));
        host = SignedIn.instructor();
    }

    static LiveSession session(long id) {
        return QuarkusTransaction.requiringNew().call(() -> LiveSession.<LiveSession>findById(id));
    }

    long create(boolean guests) {
        Response created = host.form().formParam("quiz", quiz.id()).formParam("seconds", "30")
                .formParam("guests", String.valueOf(guests)).post("/instructor/live");
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void act(long id, String action) {
        Response response = host.form().formParam("action", action).formParam("seq", session(id).sequence).post("/instructor/live/" + id);
        assertEquals(303, response.statusCode(), action + ": " + response.asString());
    }

    /** A guest phone: its own CSRF cookie and token from the join page, then its rejoin cookie. */
    static final class Guest {
        final String csrfCookie;
        final String csrfToken;
        String liveCookie;

        Guest() {
            Response page = given().get("/live");
            csrfCookie = page.getCookie("quizmark-csrf");
            Matcher m = TOKEN.matcher(page.asString());
            assertTrue(m.find());
            csrfToken = m.group(1);
        }

        io.restassured.specification.RequestSpecification http() {
            var spec = given().redirects().follow(false).cookie("quizmark-csrf", csrfCookie);
            return liveCookie == null ? spec : spec.cookie("quizmark-live", liveCookie);
        }

        io.restassured.specification.RequestSpecification form() {
            return http().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrfToken);
        }

        Response join(String pin, String nickname) {
            Response response = form().formParam("pin", pin).formParam("nickname", nickname).post("/live/join");
            if (response.getCookie("quizmark-live") != null) {
                liveCookie = response.getCookie("quizmark-live");
            }
            return response;
        }
    }

    @Test
    void aWholeSessionWithoutJavaScript() {
        long id = create(true);
        String pin = session(id).pin;
        assertTrue(pin.matches("\\d{6}"));
        String lobby = host.http().get("/instructor/live/" + id).then().statusCode(200).extract().asString();
        assertTrue(lobby.contains(pin) && lobby.contains("<svg") && lobby.contains("live?pin=" + pin), "PIN, QR code and join link");
        assertTrue(lobby.contains("Title ordering"), "ordering, matching and cloze are listed as not for live");

        SignedIn alice = SignedIn.newStudent();
        Response joined = alice.form().formParam("pin", pin).post("/live/join");
        assertEquals(303, joined.statusCode(), joined.asString());
        assertTrue(joined.getHeader("Location").endsWith("/live/sessions/" + id));
        assertEquals(303, alice.form().formParam("pin", pin).post("/live/join").statusCode(), "joining again is the same player");

        Guest guest = new Guest();
        assertEquals(400, guest.join(pin, " ").statusCode(), "a guest needs a nickname");
        assertEquals(404, guest.join("000000".equals(pin) ? "111111" : "000000", "Gus").statusCode(), "unknown PIN");
        assertEquals(303, guest.join(pin, "Gus").statusCode());
        assertNotNull(guest.liveCookie);
        Guest copycat = new Guest();
        assertEquals(409, copycat.join(pin, "gus").statusCode(), "nicknames are unique in a session, whatever the case");
        SignedIn outsider = SignedIn.newStudent();
        assertEquals(303, outsider.http().get("/live/sessions/" + id).statusCode(), "not a player: back to the join page");

        assertTrue(alice.http().get("/live/sessions/" + id).asString().contains("class=\"notice\""), "waiting in the lobby");
        act(id, "START");
        LiveSession open = session(id);
        assertEquals(LiveState.OPEN, open.state);
        assertEquals(0, open.questionIndex);
        assertTrue(open.deadline.isAfter(Instant.now().plusSeconds(25)), "the server sets the deadline");
        String question = alice.http().get("/live/sessions/" + id).asString();
        assertTrue(question.contains("Which framework?") && question.contains("name=\"q.single\""), question);
        assertFalse(question.contains("EXPLAIN-") || question.contains("FEEDBACK-") || question.contains("QUOTE-"),
                "no answer material before the results");

        answer(alice.form(), id, "single", "1").then().statusCode(303);
        answer(alice.form(), id, "single", "2").then().statusCode(303);
        assertEquals(LiveState.OPEN, session(id).state, "one of two players answered");
        answer(guest.form(), id, "single", "2").then().statusCode(303);
        assertEquals(LiveState.CLOSED, session(id).state, "everyone answered: closed early");
        List<LiveAnswer> answers = QuarkusTransaction.requiringNew().call(() -> LiveAnswer.toQuestion(id, "single"));
        assertEquals(2, answers.size(), "the resent answer changed nothing");
        LiveAnswer alicesAnswer = answers.stream().filter(a -> a.correct).findFirst().orElseThrow();
        assertEquals("[\"a\"]", alicesAnswer.answerJson, "the first answer stands");
        assertEquals(LiveScoring.points(true, alicesAnswer.elapsedMs, 30_000), alicesAnswer.points);
        assertTrue(alicesAnswer.points > 900, "answered within seconds of 30");

        act(id, "REVEAL");
        String results = host.http().get("/instructor/live/" + id).asString();
        assertTrue(results.contains("EXPLAIN-single") && results.contains("QUOTE-single") && results.contains("class=\"distribution\""), results);
        String aliceResult = alice.http().get("/live/sessions/" + id).asString();
        assertTrue(aliceResult.contains("live-result ok") && aliceResult.contains("+" + alicesAnswer.points), aliceResult);
        assertTrue(guest.http().get("/live/sessions/" + id).asString().contains("live-result bad"));

        act(id, "LEADERBOARD");
        String board = host.http().get("/instructor/live/" + id).asString();
        assertTrue(board.indexOf(alice.username) < board.indexOf(">Gus<") && board.contains(">" + alicesAnswer.points + "<"), board);

        // Question 2 (multiple): Alice answers, the time runs out, the guest's answer comes too late.
        act(id, "NEXT");
        answer(alice.form().formParam("q.multiple", "1"), id, "multiple", "2").then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> LiveSession.update("deadline = ?1 where id = ?2", Instant.now().minusMillis(1), id));
        Response late = answer(guest.form(), id, "multiple", "1");
        assertEquals(409, late.statusCode());
        assertTrue(late.asString().contains("role=\"alert\""), "the phone says why");
        act(id, "REVEAL");
        act(id, "NEXT");

        // Question 3 (true/false): pause, extend, a stale button, then skip.
        act(id, "PAUSE");
        LiveSession paused = session(id);
        assertTrue(paused.isPaused());
        assertEquals(409, answer(alice.form(), id, "tf", "true").statusCode(), "no answers while paused");
        act(id, "EXTEND");
        assertEquals(paused.pausedLeftMs + 15_000, session(id).pausedLeftMs);
        act(id, "RESUME");
        long sequence = session(id).sequence;
        host.form().formParam("action", "SKIP").formParam("seq", sequence - 1).post("/instructor/live/" + id).then().statusCode(303);
        assertEquals(sequence, session(id).sequence, "a stale form changes nothing");
        act(id, "SKIP");
        assertEquals(3, session(id).questionIndex, "on question 4 (index 3)");

        // Question 4 (short), then the host ends the session.
        answer(alice.form(), id, "short", "aider").then().statusCode(303);
        act(id, "CLOSE");
        act(id, "END");
        LiveSession finished = session(id);
        assertEquals(LiveState.FINISHED, finished.state);
        assertEquals(List.of("tf"), finished.skippedIds());
        String finalBoard = host.http().get("/instructor/live/" + id).asString();
        assertTrue(finalBoard.contains(alice.username) && finalBoard.contains("Gus"));
        assertTrue(alice.http().get("/live/sessions/" + id).asString().contains("live-big"));

        List<Attempt> stored = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>list("liveSessionId", id));
        assertEquals(1, stored.size(), "one attempt, for the signed-in student; guests have no account");
        Attempt attempt = stored.get(0);
        assertEquals(alice.accountId, attempt.accountId);
        assertEquals(AttemptStatus.SUBMITTED, attempt.status);
        assertEquals(0, new BigDecimal("4").compareTo(attempt.maxPoints), "single 1 + multiple 2 + short 1; tf was skipped");
        assertEquals(0, new BigDecimal("4").compareTo(attempt.scorePoints), "all three right, graded by the quiz's grader");
        assertTrue(attempt.isLive());
        // The live attempt opens like any other: the student's review and the instructor's pages.
        alice.http().get("/attempts/" + attempt.id + "/review").then().statusCode(200);
        host.http().get("/instructor/attempts/" + attempt.id).then().statusCode(200);
        host.http().get("/instructor/quizzes/" + quiz.id()).then().statusCode(200);
        String csv = host.http().get("/instructor/export/attempts.csv?quiz=" + quiz.id()).asString();
        String row = csv.lines().filter(line -> line.contains(alice.username)).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(row.endsWith("," + id), "the attempts export marks the attempt live with its session: " + row);
    }

    @Test
    void answeringTimesComeFromTheQuizFileAndRightAnswersInARowEarnTheStreakBonus() {
        // The quiz gives every question 12 s, the multiple-response question 7 s; the host's 30 s apply to none.
        quiz = folder.rewrite(quiz, text -> text.replaceFirst("\ntitle: ", "\nlive_time: 12s\ntitle: ")
                .replace("{#multiple type=multiple", "{#multiple live_time=7s type=multiple"));
        Response created = host.form().formParam("quiz", quiz.id()).formParam("seconds", "30").formParam("streak", "true")
                .post("/instructor/live");
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertTrue(session(id).streakBonus);
        SignedIn alice = SignedIn.newStudent();
        alice.form().formParam("pin", session(id).pin).post("/live/join").then().statusCode(303);

        act(id, "START");
        Instant started = Instant.now();
        LiveSession single = session(id);
        assertEquals(12_000L, single.questionMs, "the quiz's live_time");
        assertTrue(single.deadline.isAfter(started.plusSeconds(9)) && !single.deadline.isAfter(started.plusSeconds(12)),
                "deadline 12 s after the start: " + single.deadline + " vs " + started);
        answer(alice.form(), id, "single", "1").then().statusCode(303);
        act(id, "REVEAL");
        act(id, "NEXT");
        LiveSession multiple = session(id);
        assertEquals(7_000L, multiple.questionMs, "the question's own live_time");
        answer(alice.form().formParam("q.multiple", "1"), id, "multiple", "2").then().statusCode(303);
        act(id, "REVEAL");
        LiveAnswer second = QuarkusTransaction.requiringNew().call(() -> LiveAnswer.toQuestion(id, "multiple").get(0));
        assertTrue(second.correct);
        assertEquals(2, second.streak);
        assertEquals(100, second.bonus, "two right in a row");
        assertEquals(LiveScoring.points(true, second.elapsedMs, 7_000) + 100, second.points, "speed points over T = 7 s, plus the bonus");
        String phone = alice.http().get("/live/sessions/" + id).asString();
        assertTrue(phone.contains("+" + second.points) && phone.contains("2문항 연속 정답: 그중 100점은"), phone);

        act(id, "NEXT");
        assertEquals(12_000L, session(id).questionMs);
        answer(alice.form(), id, "tf", "false").then().statusCode(303);
        act(id, "REVEAL");
        act(id, "NEXT");
        answer(alice.form(), id, "short", "aider").then().statusCode(303);
        List<LiveAnswer> answers = QuarkusTransaction.requiringNew().call(() -> LiveAnswer.inSession(id));
        LiveAnswer wrong = answers.stream().filter(a -> a.questionId.equals("tf")).findFirst().orElseThrow();
        LiveAnswer after = answers.stream().filter(a -> a.questionId.equals("short")).findFirst().orElseThrow();
        assertEquals(List.of(0, 0, 0), List.of(wrong.streak, wrong.bonus, wrong.points), "a wrong answer ends the run");
        assertEquals(List.of(1, 0), List.of(after.streak, after.bonus), "a new run starts without a bonus");
        act(id, "END");
    }

    @Test
    void withoutGuestsOnlySignedInStudentsJoinAndKickedPlayersAreOut() {
        long id = create(false);
        String pin = session(id).pin;
        assertEquals(403, new Guest().join(pin, "Gus").statusCode());
        assertEquals(403, host.form().formParam("pin", pin).post("/live/join").statusCode(), "instructors host");
        SignedIn bob = SignedIn.newStudent();
        bob.form().formParam("pin", pin).post("/live/join").then().statusCode(303);
        long playerId = QuarkusTransaction.requiringNew().call(() -> LivePlayer.ofAccount(id, bob.accountId).orElseThrow().id);
        host.form().post("/instructor/live/" + id + "/players/" + playerId + "/kick").then().statusCode(303);
        assertTrue(bob.http().get("/live/sessions/" + id).asString().contains("role=\"alert\""), "the phone says so");
        assertEquals(403, bob.form().formParam("pin", pin).post("/live/join").statusCode(), "and cannot rejoin");
    }

    @Test
    void inTeamModeEachPlayerJoinsTheTeamWithFewestPlayers() {
        Response created = host.form().formParam("quiz", quiz.id()).formParam("seconds", "30").formParam("guests", "true")
                .formParam("teams", "3").post("/instructor/live");
        String location = created.getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String pin = session(id).pin;
        assertEquals(3, session(id).teams);
        for (String name : List.of("Ann", "Ben", "Cat", "Dan")) {
            new Guest().join(pin, name).then().statusCode(303);
        }
        assertEquals(Map.of("Ann", 1, "Ben", 2, "Cat", 3, "Dan", 1), teams(id));
        // Ben leaves team 2 with no one: the next player fills it before team 3 gets a second.
        host.form().post("/instructor/live/" + id + "/players/" + playerNamed(id, "Ben").id + "/kick").then().statusCode(303);
        new Guest().join(pin, "Eve").then().statusCode(303);
        new Guest().join(pin, "Fay").then().statusCode(303);
        assertEquals(2, teams(id).get("Eve"));
        assertEquals(2, teams(id).get("Fay"), "teams 2 and 3 had one player each; the lower number first");
        assertTrue(host.http().get("/instructor/live/" + id).asString().contains("팀 C"), "the roster shows teams");

        // Out of range: clamped to the most teams offered; below 2 there are none.
        Response many = host.form().formParam("quiz", quiz.id()).formParam("teams", "99").post("/instructor/live");
        String manyAt = many.getHeader("Location");
        assertEquals(LiveService.MAX_TEAMS, session(Long.parseLong(manyAt.substring(manyAt.lastIndexOf('/') + 1))).teams);
        assertEquals(0, session(create(true)).teams, "no teams unless chosen");
    }

    private static Map<String, Integer> teams(long id) {
        return QuarkusTransaction.requiringNew().call(() -> LivePlayer.<LivePlayer>list("sessionId = ?1 and kicked = false", id)
                .stream().collect(java.util.stream.Collectors.toMap(p -> p.nickname, p -> p.team)));
    }

    private static LivePlayer playerNamed(long id, String nickname) {
        return QuarkusTransaction.requiringNew().call(() -> LivePlayer.<LivePlayer>find("sessionId = ?1 and nickname = ?2", id, nickname)
                .singleResult());
    }

    @Test
    void anAddressGuessingPinsWaitsOthersDoNot() {
        long id = create(true);
        String pin = session(id).pin;
        String wrong = "000000".equals(pin) ? "111111" : "000000";
        String guesser = dev.quizmark.support.ClientAddresses.next();
        Guest guest = new Guest();
        int free = 50; // quizmark.live.pin-failures-before-delay
        for (int i = 0; i < free; i++) {
            assertEquals(404, guest.form().header("X-Forwarded-For", guesser).formParam("pin", wrong)
                    .formParam("nickname", "Gus").post("/live/join").statusCode(), "guess " + (i + 1) + " is only wrong");
        }
        dev.quizmark.account.ThrottleCounter counter = QuarkusTransaction.requiringNew().call(() ->
                dev.quizmark.account.ThrottleCounter.<dev.quizmark.account.ThrottleCounter>find(
                        "key.scope = ?1 and key.address = ?2", dev.quizmark.account.ThrottleCounter.Scope.LIVE_PIN, guesser)
                        .singleResult());
        assertEquals(free, counter.failures);
        assertNotNull(counter.delayedUntil, "the last free guess starts the waiting (1 s, then doubling)");
        // Seen within a long wait (the first is 1 s, too short to catch reliably on a busy machine):
        QuarkusTransaction.requiringNew().run(() -> dev.quizmark.account.ThrottleCounter.update(
                "delayedUntil = ?1 where key.scope = ?2 and key.address = ?3", Instant.now().plusSeconds(60),
                dev.quizmark.account.ThrottleCounter.Scope.LIVE_PIN, guesser));
        Response waiting = guest.form().header("X-Forwarded-For", guesser).formParam("pin", pin).formParam("nickname", "Gus")
                .post("/live/join");
        assertEquals(429, waiting.statusCode(), "while it waits even the right PIN waits");
        assertTrue(Integer.parseInt(waiting.getHeader("Retry-After")) > 50, waiting.getHeader("Retry-After"));
        assertTrue(waiting.asString().contains("초 뒤에 다시 시도하세요"), waiting.asString());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> LivePlayer.count("sessionId", id)), "nobody joined");

        Guest neighbour = new Guest();
        assertEquals(303, neighbour.form().header("X-Forwarded-For", dev.quizmark.support.ClientAddresses.next())
                .formParam("pin", pin).formParam("nickname", "Nia").post("/live/join").statusCode(), "another address joins");
    }

    @Test
    void aSnapshotIsReusedUntilAJoinAnAnswerOrAHostActionChangesWhatItShows() {
        long id = create(true);
        LiveSnapshot first = views.snapshot(id).orElseThrow();
        LiveSnapshot again = views.snapshot(id).orElseThrow();
        assertSame(first.players(), again.players(), "nothing changed: the same reading");
        assertTrue(!again.now().isBefore(first.now()), "with its own time");

        Guest ann = new Guest();
        ann.join(session(id).pin, "Ann").then().statusCode(303);
        assertEquals(List.of("Ann"), views.snapshot(id).orElseThrow().players().stream().map(p -> p.nickname).toList(), "a join");
        new Guest().join(session(id).pin, "Ben").then().statusCode(303);
        act(id, "START");
        LiveSnapshot open = views.snapshot(id).orElseThrow();
        assertEquals(LiveState.OPEN, open.session().state, "a host action");
        assertEquals(2, open.players().size());
        long sequence = open.session().sequence;
        // Ben has not answered, so Ann's answer leaves the question open and the sequence as it was.
        answer(ann.form(), id, "single", "1").then().statusCode(303);
        LiveSnapshot answered = views.snapshot(id).orElseThrow();
        assertEquals(sequence, answered.session().sequence);
        assertEquals(1, answered.answers().size(), "an answer");
        // The session row itself is always read again, even changed behind the app's back.
        // (A later deadline, not a past one: the clock would close an overdue question and raise the sequence.)
        Instant later = Instant.now().plusSeconds(300).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> LiveSession.update("deadline = ?1 where id = ?2", later, id));
        LiveSnapshot moved = views.snapshot(id).orElseThrow();
        assertSame(answered.answers(), moved.answers(), "the answers are reused");
        assertEquals(later, moved.session().deadline);
    }

    @Test
    void anotherInstructorCanNeitherSeeNorDriveTheSession() {
        long id = create(false);
        SignedIn bob = SignedIn.newStudent();
        bob.form().formParam("pin", session(id).pin).post("/live/join").then().statusCode(303);
        long playerId = QuarkusTransaction.requiringNew().call(() -> LivePlayer.ofAccount(id, bob.accountId).orElseThrow().id);
        SignedIn other = SignedIn.newAccount(dev.quizmark.account.Role.INSTRUCTOR);
        long seq = session(id).sequence;

        assertEquals(404, other.http().get("/instructor/live/" + id).statusCode(), "the projector page");
        assertEquals(404, other.http().accept("text/event-stream").get("/instructor/live/" + id + "/events").statusCode(),
                "the projector's stream");
        assertEquals(404, other.form().formParam("action", "START").formParam("seq", seq).post("/instructor/live/" + id)
                .statusCode(), "a host button");
        assertEquals(404, other.form().post("/instructor/live/" + id + "/players/" + playerId + "/kick").statusCode(), "kick");
        assertTrue(host.http().get("/instructor/live").asString().contains(session(id).pin), "the host's own list");
        assertFalse(other.http().get("/instructor/live").asString().contains(session(id).pin), "the other's list");

        LiveSession after = session(id);
        assertEquals(LiveState.LOBBY, after.state, "nothing changed");
        assertEquals(seq, after.sequence);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> LivePlayer.<LivePlayer>findById(playerId).kicked));
    }

    static Response answer(io.restassured.specification.RequestSpecification form, long id, String questionId, String value) {
        return form.formParam("question", questionId).formParam("q." + questionId, value).post("/live/sessions/" + id + "/answer");
    }
}
