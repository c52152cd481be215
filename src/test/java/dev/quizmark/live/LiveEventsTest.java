package dev.quizmark.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.DirectDatabase;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live event streams and how instances learn of each other's changes: a snapshot first on every connection,
 * every host action pushed to phones and projector, PostgreSQL NOTIFY sent on commit to every listening instance,
 * and changes committed by another instance reaching this instance's streams.
 */
@QuarkusTest
class LiveEventsTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LiveBus bus;

    Quiz quiz;
    SignedIn host;

    @BeforeEach
    void setUp() {
        quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        host = SignedIn.instructor();
    }

    long create() {
        Response created = host.form().formParam("quiz", quiz.id()).formParam("seconds", "30").post("/instructor/live");
        String location = created.getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void act(long id, String action) {
        long seq = LiveFlowTest.session(id).sequence;
        host.form().formParam("action", action).formParam("seq", seq).post("/instructor/live/" + id).then().statusCode(303);
    }

    /** A session cookie of the student's own (a fresh sign-in). */
    static String cookie(SignedIn student) {
        return "quizmark-session=" + SignIn.session(student.username, Accounts.passwordOf(student.username));
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void everyConnectionStartsWithASnapshotAndHostActionsReachPhonesAndProjector() throws Exception {
        long id = create();
        SignedIn alice = SignedIn.newStudent();
        alice.form().formParam("pin", LiveFlowTest.session(id).pin).post("/live/join").then().statusCode(303);
        String aliceCookies = cookie(alice);
        String hostCookies = "quizmark-session=" + host.session;

        try (EventStream phone = new EventStream(url("/live/sessions/" + id + "/events"), aliceCookies);
                EventStream projector = new EventStream(url("/instructor/live/" + id + "/events"), hostCookies)) {
            assertEquals(200, phone.status);
            EventStream.Event first = phone.next(Duration.ofSeconds(5));
            assertNotNull(first, "a snapshot as the first event");
            assertEquals("stage", first.name());
            assertEquals(String.valueOf(LiveFlowTest.session(id).sequence), first.id());
            assertEquals(String.valueOf(LiveBus.RETRY_MS), first.retry());
            assertTrue(first.data().contains("class=\"notice\""), "the lobby: " + first.data());
            EventStream.Event lobby = projector.next(Duration.ofSeconds(5));
            assertTrue(lobby.data().contains(LiveFlowTest.session(id).pin) && lobby.data().contains("<svg"), lobby.data());

            act(id, "START");
            EventStream.Event open = phone.next(Duration.ofSeconds(3));
            assertNotNull(open, "the question reaches the phone");
            assertTrue(open.data().contains("Which framework?") && open.data().contains("name=\"csrf-token\""), open.data());
            assertEquals(String.valueOf(LiveFlowTest.session(id).sequence), open.id());
            EventStream.Event asked = projector.next(Duration.ofSeconds(3));
            assertTrue(asked.data().contains("Which framework?") && asked.data().contains("data-left-ms"), asked.data());

            // The answer count reaches the projector without a new sequence (the coalesced tick).
            LiveFlowTest.answer(alice.form(), id, "single", "1").then().statusCode(303);
            EventStream.Event closed = null;
            for (int i = 0; i < 5 && closed == null; i++) {
                EventStream.Event event = projector.next(Duration.ofSeconds(3));
                if (event != null && event.data().contains("1 ")) {
                    closed = event;
                }
            }
            assertNotNull(closed, "the projector learns of the answer");
        }
        // A stream of a session the visitor does not play is refused.
        SignedIn outsider = SignedIn.newStudent();
        try (EventStream refused = new EventStream(url("/live/sessions/" + id + "/events"),
                cookie(outsider))) {
            assertEquals(404, refused.status);
        }
        try (EventStream refused = new EventStream(url("/instructor/live/" + id + "/events"),
                cookie(alice))) {
            assertEquals(403, refused.status);
        }
    }

    /**
     * A push renders the stage's body once for every phone in the same position: each phone must still get its own
     * name, points and result, and one event per change (the commit here and its own NOTIFY are one push).
     */
    @Test
    void everyPhoneGetsItsOwnStageOncePerChange() throws Exception {
        long id = create();
        SignedIn alice = SignedIn.newStudent();
        SignedIn bob = SignedIn.newStudent();
        for (SignedIn student : java.util.List.of(alice, bob)) {
            student.form().formParam("pin", LiveFlowTest.session(id).pin).post("/live/join").then().statusCode(303);
        }
        String aliceName = nickname(id, alice);
        String bobName = nickname(id, bob);
        try (EventStream alicePhone = new EventStream(url("/live/sessions/" + id + "/events"), cookie(alice));
                EventStream bobPhone = new EventStream(url("/live/sessions/" + id + "/events"), cookie(bob))) {
            assertNotNull(alicePhone.next(Duration.ofSeconds(5)), "snapshot");
            assertNotNull(bobPhone.next(Duration.ofSeconds(5)), "snapshot");

            act(id, "START");
            EventStream.Event aliceOpen = alicePhone.next(Duration.ofSeconds(3));
            EventStream.Event bobOpen = bobPhone.next(Duration.ofSeconds(3));
            assertTrue(aliceOpen.data().contains(aliceName) && !aliceOpen.data().contains(bobName), aliceOpen.data());
            assertTrue(bobOpen.data().contains(bobName) && !bobOpen.data().contains(aliceName), bobOpen.data());
            assertNull(alicePhone.next(Duration.ofMillis(1500)), "one event for one change");

            LiveFlowTest.answer(alice.form(), id, "single", "1").then().statusCode(303); // CANN, the right one
            act(id, "CLOSE");
            act(id, "REVEAL");
            EventStream.Event aliceResult = last(alicePhone);
            EventStream.Event bobResult = last(bobPhone);
            assertEquals(String.valueOf(LiveFlowTest.session(id).sequence), aliceResult.id());
            assertTrue(aliceResult.data().contains("live-result ok"), aliceResult.data());
            assertTrue(bobResult.data().contains("live-result bad"), bobResult.data());

            act(id, "NEXT");
            long points = QuarkusTransaction.requiringNew().call(() -> LiveAnswer.<LiveAnswer>find("sessionId", id)
                    .firstResult().points);
            assertTrue(points > 0);
            EventStream.Event aliceNext = last(alicePhone);
            EventStream.Event bobNext = last(bobPhone);
            assertTrue(aliceNext.data().contains("· " + points + "점"), "alice's points in her header: " + aliceNext.data());
            assertTrue(bobNext.data().contains("· 0점"), "bob's header: " + bobNext.data());
        }
    }

    /** The newest event within a second of quiet: several host actions in a row may be pushed as one. */
    private static EventStream.Event last(EventStream stream) throws InterruptedException {
        EventStream.Event last = stream.next(Duration.ofSeconds(3));
        assertNotNull(last, "an event");
        for (EventStream.Event more = stream.next(Duration.ofSeconds(1)); more != null; more = stream.next(Duration.ofSeconds(1))) {
            last = more;
        }
        return last;
    }

    private static String nickname(long sessionId, SignedIn student) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long accountId = dev.quizmark.account.Account.<dev.quizmark.account.Account>find("username", student.username)
                    .firstResult().id;
            return LivePlayer.ofAccount(sessionId, accountId).orElseThrow().nickname;
        });
    }

    @Test
    void anotherInstanceListeningLearnsOfEveryCommittedChange() throws Exception {
        long id = create();
        BlockingQueue<long[]> heard = new LinkedBlockingQueue<>();
        LiveListener.Listening otherInstance = new LiveListener.Listening(DirectDatabase.url(), DirectDatabase.user(), DirectDatabase.password(),
                (session, sequence) -> heard.add(new long[] {session, sequence}), () -> {
                });
        otherInstance.start();
        try {
            Thread.sleep(500); // until it LISTENs
            act(id, "START");
            long sequence = LiveFlowTest.session(id).sequence;
            long[] change = null;
            while (change == null || change[0] != id) {
                change = heard.poll(3, TimeUnit.SECONDS);
                assertNotNull(change, "the other instance was notified");
            }
            assertEquals(sequence, change[1], "payload: session id and sequence");
        } finally {
            otherInstance.stop();
        }
    }

    @Test
    void aChangeCommittedByAnotherInstanceReachesThisInstancesStreams() throws Exception {
        long id = create();
        SignedIn alice = SignedIn.newStudent();
        alice.form().formParam("pin", LiveFlowTest.session(id).pin).post("/live/join").then().statusCode(303);
        act(id, "START");
        String cookies = cookie(alice);
        try (EventStream phone = new EventStream(url("/live/sessions/" + id + "/events"), cookies);
                Connection other = DirectDatabase.open()) {
            assertNotNull(phone.next(Duration.ofSeconds(5)), "snapshot");
            assertEquals(1, bus.streamCount(id));
            // What another instance's "close" does: change the row, raise the sequence, NOTIFY, commit.
            for (int round = 0; round < 3; round++) {
                other.setAutoCommit(false);
                try (PreparedStatement update = other.prepareStatement(
                        "update live_session set state = ?, sequence = sequence + 1 where id = ?")) {
                    update.setString(1, round % 2 == 0 ? "CLOSED" : "RESULTS");
                    update.setLong(2, id);
                    update.executeUpdate();
                }
                long sequence = LiveFlowTest.session(id).sequence + 1;
                try (PreparedStatement notify = other.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, LiveNotifier.CHANNEL);
                    notify.setString(2, id + ":" + sequence);
                    notify.execute();
                }
                other.commit();
                long sent = System.nanoTime();
                EventStream.Event event = phone.next(Duration.ofSeconds(4));
                assertNotNull(event, "round " + round + ": the change reached the phone");
                assertEquals(String.valueOf(sequence), event.id());
                long ms = (System.nanoTime() - sent) / 1_000_000;
                // The safety-net poll runs every 5 s; a notification arrives at once.
                assertTrue(ms < 1500, "round " + round + " took " + ms + " ms");
            }
        }
    }
}
