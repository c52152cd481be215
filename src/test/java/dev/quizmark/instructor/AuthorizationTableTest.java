package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.live.LivePlayer;
import dev.quizmark.live.LiveService;
import dev.quizmark.live.LiveSession;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.security.ReadingFolderTraps;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page of the app against every kind of visitor. "login" means the anonymous visitor is sent to the
 * sign-in page; the owner is the student who made the attempt, "other" a different student.
 */
@QuarkusTest
class AuthorizationTableTest {

    private static final int LOGIN = 302;

    private record Route(String path, int anonymous, int owner, int other, int instructor) {
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    LiveService live;

    /** A live session of the quiz hosted by the instructor, with the owner as its one player. */
    private LiveSession liveSession(Quiz quiz, Account owner) {
        long instructorId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(Accounts.INSTRUCTOR).orElseThrow().id);
        LiveSession session = live.create(instructorId, quiz.id(), new LiveService.Options(20, false, false, 0), Instant.now());
        live.join(session.pin, owner, null, null, Instant.now());
        return session;
    }

    /** The owner starts the quiz and submits it through the app, as a student does; returns the attempt's id. */
    private static long submittedAttempt(Account owner, Quiz quiz) {
        SignedIn student = SignedIn.as(owner.username, Accounts.passwordOf(owner.username));
        long id = student.start(quiz.id());
        assertEquals(303, student.submit(id).statusCode());
        return id;
    }

    @Test
    void everyRouteChecksWhoIsAsking() throws Exception {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        Account owner = Accounts.student("Owner", "A");
        Account other = Accounts.student("Other", "A");
        long attempt = submittedAttempt(owner, quiz);
        String reading = quiz.settings().readings().get(0);
        LiveSession session = liveSession(quiz, owner);
        try (ReadingFolderTraps traps = new ReadingFolderTraps(catalog)) {
            checkAll(quiz, owner, other, attempt, reading, traps, session);
        }
    }

    /**
     * The tables above against the application's own route list: every {@code @Path} resource method in
     * dev.quizmark (found by reflection over the compiled classes) must have a row with its HTTP method whose path
     * its template matches, so a new GET or POST route without an entry fails here.
     */
    @Test
    void everyRouteOfTheApplicationHasARowInTheTables() throws Exception {
        List<String> rows = new ArrayList<>();
        try (ReadingFolderTraps traps = new ReadingFolderTraps(catalog)) {
            pages("some-quiz", 12, 34, "readings/some.md", traps, 56).forEach(r -> rows.add("GET " + r.path()));
        }
        posts("some-quiz", 34, 56, 78, 90).forEach(p -> rows.add("POST " + p.path()));
        List<String> routes = ApplicationRoutes.all();
        assertTrue(routes.contains("GET /attempts/{id}/review") && routes.contains("POST /attempts/{id}/questions/{questionId}"),
                "the route list is read: " + routes);
        List<String> missing = new ArrayList<>();
        for (String route : routes) {
            Pattern template = ApplicationRoutes.pattern(route);
            if (rows.stream().map(row -> row.replaceFirst("\\?.*", "")).noneMatch(row -> template.matcher(row).matches())) {
                missing.add(route);
            }
        }
        assertEquals(List.of(), missing, "routes without a row in the authorization table");
    }

    /** Every page with the statuses each visitor gets; the ids are of the quiz, account and attempt rows are about. */
    static List<Route> pages(String quizId, long ownerId, long attemptId, String reading, ReadingFolderTraps traps,
            long liveSessionId) {
        return List.of(
                new Route("/", 200, 303, 303, 200),
                new Route("/login", 200, 303, 303, 303),
                new Route("/language?to=en&back=/", 303, 303, 303, 303),
                new Route("/account/password", LOGIN, 200, 200, 200),
                new Route("/register", 200, 303, 303, 303),
                new Route("/q/health/ready", 200, 200, 200, 200),
                new Route("/quizzes", LOGIN, 200, 200, 403),
                new Route("/quizzes/" + quizId, LOGIN, 200, 200, 200),
                new Route("/" + reading, LOGIN, 200, 200, 200),
                // Reading pages show passages only: never a quiz file, however it is reached.
                new Route("/readings/" + traps.quizFile, LOGIN, 404, 404, 404),
                new Route("/readings/..%2f" + traps.quizFile, LOGIN, 404, 404, 404),
                new Route("/readings/%2e%2e%2f" + traps.quizFile, LOGIN, 404, 404, 404),
                new Route("/readings/" + traps.linkToQuiz, LOGIN, 404, 404, 404),
                new Route("/readings/" + traps.linkOutside, LOGIN, 404, 404, 404),
                new Route("/readings/" + traps.textFile, LOGIN, 404, 404, 404),
                new Route("/readings/..%2f..%2fpom.xml", LOGIN, 404, 404, 404),
                new Route("/readings/%00.md", LOGIN, 404, 404, 404),
                new Route("/attempts/" + attemptId, LOGIN, 303, 404, 403),
                new Route("/attempts/" + attemptId + "/submit", LOGIN, 303, 404, 403),
                new Route("/attempts/" + attemptId + "/review", LOGIN, 200, 404, 403),
                new Route("/instructor", LOGIN, 403, 403, 200),
                new Route("/instructor/quizzes/" + quizId, LOGIN, 403, 403, 200),
                new Route("/instructor/quizzes/" + quizId + "/statistics", LOGIN, 403, 403, 200),
                new Route("/instructor/quizzes/" + quizId + "/regrade", LOGIN, 403, 403, 200),
                new Route("/instructor/accommodations", LOGIN, 403, 403, 200),
                new Route("/instructor/students/" + ownerId, LOGIN, 403, 403, 200),
                new Route("/instructor/attempts/" + attemptId, LOGIN, 403, 403, 200),
                new Route("/instructor/attempts/" + attemptId + "/review", LOGIN, 403, 403, 200),
                new Route("/instructor/export/grades.csv", LOGIN, 403, 403, 200),
                new Route("/instructor/gradebook", LOGIN, 403, 403, 200),
                new Route("/instructor/gradebook/export.csv", LOGIN, 403, 403, 200),
                new Route("/instructor/export/attempts.csv", LOGIN, 403, 403, 200),
                new Route("/instructor/export/responses.csv", LOGIN, 403, 403, 200),
                new Route("/instructor/preview", LOGIN, 403, 403, 200),
                new Route("/instructor/preview/" + quizId, LOGIN, 403, 403, 200),
                new Route("/instructor/accounts", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/new", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/import", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/import/999999999", LOGIN, 403, 403, 404),
                // Live mode: anyone may open the join page; a session's phone page only its players (the owner
                // joined), everyone else is sent to the join page; the host page only its host.
                new Route("/live", 200, 200, 200, 200),
                new Route("/live/sessions/" + liveSessionId, 303, 200, 303, 303),
                new Route("/live/sessions/999999999", 303, 303, 303, 303),
                new Route("/instructor/live", LOGIN, 403, 403, 200),
                new Route("/instructor/live/" + liveSessionId, LOGIN, 403, 403, 200),
                new Route("/instructor/live/999999999", LOGIN, 403, 403, 404),
                // Event streams: only rows that end at once (a session nobody may see); the open stream is LiveEventsTest's.
                new Route("/live/sessions/999999999/events", 404, 404, 404, 404),
                new Route("/instructor/live/999999999/events", LOGIN, 403, 403, 404),
                new Route("/instructor/accounts/" + ownerId + "/edit", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/" + ownerId + "/confirm/reset", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/" + ownerId + "/confirm/disable", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/" + ownerId + "/confirm/delete", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/" + ownerId + "/confirm/explode", LOGIN, 403, 403, 404),

                new Route("/instructor/lti", LOGIN, 403, 403, 200),
                new Route("/instructor/lti/registrations/" + ltiRegistration(), LOGIN, 403, 403, 200),
                new Route("/instructor/lti/registrations/999999999", LOGIN, 403, 403, 404),
                // Platforms fetch the tool's public keys without signing in; a login without its parameters is refused.
                new Route("/lti/jwks", 200, 200, 200, 200),
                new Route("/lti/login", 400, 400, 400, 400),
                // The launch's stop in the iframe needs the launch's signed ticket.
                new Route("/lti/framed", 401, 401, 401, 401),
                new Route("/lti/framed?ticket=forged", 401, 401, 401, 401));
    }

    private void checkAll(Quiz quiz, Account owner, Account other, long attempt, String reading, ReadingFolderTraps traps,
            LiveSession session) {
        List<Route> routes = pages(quiz.id(), owner.id, attempt, reading, traps, session.id);

        String ownerSession = SignedIn.as(owner.username, Accounts.passwordOf(owner.username)).session;
        String otherSession = SignedIn.as(other.username, Accounts.passwordOf(other.username)).session;
        String instructorSession = SignedIn.instructor().session;
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            check(wrong, route.path(), "anonymous", route.anonymous(), null);
            check(wrong, route.path(), "owner", route.owner(), ownerSession);
            check(wrong, route.path(), "other student", route.other(), otherSession);
            check(wrong, route.path(), "instructor", route.instructor(), instructorSession);
        }
        assertEquals(List.of(), wrong);
    }

    /** A form post; {@code SKIP} where sending it would change what later rows rely on. */
    private record Post(String path, int anonymous, int owner, int other, int instructor) {
        /** The roster import is the one multipart form; the rest are url-encoded. */
        boolean multipart() {
            return path.endsWith("/import");
        }

        /** The post as the page's form sends it, with the token when one is given, and fields every form accepts. */
        io.restassured.response.Response send(RequestSpecification request, String token) {
            String username = "made-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            if (multipart()) {
                if (token != null) {
                    request = request.multiPart("csrf-token", token);
                }
                return request.multiPart("file", "roster.csv", ("username,display_name\n" + username + ",새 학생\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").post(path);
            }
            request = request.contentType("application/x-www-form-urlencoded").formParam("current", "not the password")
                    .formParam("username", username).formParam("displayName", "새 학생").formParam("password", "a-long-password");
            return (token != null ? request.formParam("csrf-token", token) : request).post(path);
        }
    }

    private static final int SKIP = -1;

    /**
     * Every form post of the app, sent with a valid CSRF token by each kind of visitor, and again without the
     * token by each signed-in visitor, which must always be refused (400 from the CSRF filter, or 403 when the
     * role check comes first). The instructor's posts use a separate student as their target.
     */
    @Test
    void everyFormPostChecksTheRoleAndTheCsrfToken() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        Account owner = Accounts.student("Owner", "A");
        Account other = Accounts.student("Other", "A");
        Account target = Accounts.student("Target", "A");
        long attempt = submittedAttempt(owner, quiz);
        LiveSession session = liveSession(quiz, owner);
        long player = QuarkusTransaction.requiringNew().call(() -> LivePlayer.ofAccount(session.id, owner.id).orElseThrow().id);
        List<Post> posts = posts(quiz.id(), attempt, target.id, session.id, player);

        SignedIn ownerVisitor = SignedIn.as(owner.username, Accounts.passwordOf(owner.username));
        SignedIn otherVisitor = SignedIn.as(other.username, Accounts.passwordOf(other.username));
        SignedIn instructor = SignedIn.instructor();
        List<String> wrong = new ArrayList<>();
        for (Post post : posts) {
            if (post.anonymous() != SKIP) {
                expect(wrong, post.path(), "anonymous", post.anonymous(),
                        post.send(given().redirects().follow(false), null).statusCode());
            }
            SignedIn[] visitors = {ownerVisitor, otherVisitor, instructor};
            String[] names = {"owner", "other student", "instructor"};
            int[] expected = {post.owner(), post.other(), post.instructor()};
            for (int i = 0; i < visitors.length; i++) {
                int status = post.send(visitors[i].http(), null).statusCode();
                if (status != 400 && status != 403) {
                    wrong.add(names[i] + " POST " + post.path() + " without CSRF token -> " + status + " (expected 400 or 403)");
                }
                if (expected[i] != SKIP) {
                    expect(wrong, post.path(), names[i] + " with token", expected[i],
                            post.send(visitors[i].http(), visitors[i].csrfToken).statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Every form post with the statuses each visitor gets; {@code targetId} is the account the admin posts change. */
    static List<Post> posts(String quizId, long attemptId, long targetId, long liveSessionId, long livePlayerId) {
        return List.of(
                new Post("/live/join", 400, 404, 404, 404),
                new Post("/live/sessions/" + liveSessionId + "/answer", 400, 409, 404, 404),
                new Post("/instructor/live", LOGIN, 403, 403, 404),
                new Post("/instructor/live/" + liveSessionId, LOGIN, 403, 403, 400),
                new Post("/instructor/live/" + liveSessionId + "/players/" + livePlayerId + "/kick", LOGIN, 403, 403, 303),
                new Post("/instructor/accounts", LOGIN, 403, 403, 303),
                new Post("/instructor/accounts/import", LOGIN, 403, 403, 303),
                new Post("/instructor/accounts/import/999999999/passwords", LOGIN, 403, 403, 404),
                new Post("/instructor/accounts/" + targetId + "/reset-password", LOGIN, 403, 403, 200),
                new Post("/instructor/accounts/" + targetId + "/disable", LOGIN, 403, 403, 303),
                new Post("/instructor/accounts/" + targetId + "/enable", LOGIN, 403, 403, 303),
                new Post("/instructor/quizzes/" + quizId + "/regrade", LOGIN, 403, 403, 409),
                // Refused by the form's checks (no reason, no student): nothing changes.
                new Post("/instructor/accommodations", LOGIN, 403, 403, 400),
                new Post("/instructor/accommodations/999999999/delete", LOGIN, 403, 403, 404),
                new Post("/instructor/attempts/" + attemptId + "/reopen", LOGIN, 403, 403, 303),
                new Post("/instructor/accounts/" + targetId + "/edit", LOGIN, 403, 403, 303),
                // The admin flag is for instructors' accounts only.
                new Post("/instructor/accounts/" + targetId + "/admin", LOGIN, 403, 403, 403),
                new Post("/instructor/accounts/" + targetId + "/delete", LOGIN, 403, 403, 303),
                new Post("/account/password", LOGIN, 400, 400, 400),
                new Post("/attempts/" + attemptId, LOGIN, SKIP, 404, 403),
                new Post("/attempts/" + attemptId + "/submit", LOGIN, 303, 404, 403),
                new Post("/attempts/" + attemptId + "/time-up", LOGIN, 200, 404, 403),
                new Post("/attempts/" + attemptId + "/questions/q/flag", LOGIN, 409, 404, 403),
                // The script's per-question save: the owner's attempt is submitted, so it is refused.
                new Post("/attempts/" + attemptId + "/questions/q", LOGIN, 409, 404, 403),
                new Post("/quizzes/" + quizId + "/start", LOGIN, SKIP, SKIP, 403),
                new Post("/register", 400, SKIP, SKIP, SKIP),
                new Post("/instructor/lti/registrations", LOGIN, 403, 403, 400),
                new Post("/instructor/lti/keys/rotate", LOGIN, 403, 403, 303),
                // Rows for ids that do not exist: the role and CSRF checks come first.
                new Post("/instructor/lti/registrations/999999999", LOGIN, 403, 403, SKIP),
                new Post("/instructor/lti/contexts/999999999/approve", LOGIN, 403, 403, SKIP),
                new Post("/instructor/lti/contexts/999999999/roster", LOGIN, 403, 403, SKIP),
                new Post("/instructor/lti/scores/999999999/retry", LOGIN, 403, 403, SKIP),
                new Post("/logout", SKIP, SKIP, SKIP, SKIP));
    }

    /** A platform registration, for the registration page's row. */
    private static long ltiRegistration() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            dev.quizmark.lti.LtiRegistration registration = new dev.quizmark.lti.LtiRegistration();
            registration.name = "Table LMS";
            registration.issuer = "https://table-" + java.util.UUID.randomUUID() + ".test";
            registration.clientId = "c";
            registration.authLoginUrl = "https://lms.test/auth";
            registration.tokenUrl = "https://lms.test/token";
            registration.jwksUrl = "https://lms.test/jwks";
            registration.persist();
            return registration.id;
        });
    }

    private static void expect(List<String> wrong, String path, String who, int expected, int status) {
        if (status != expected) {
            wrong.add(who + " POST " + path + " -> " + status + " (expected " + expected + ")");
        }
    }

    private static void check(List<String> wrong, String path, String who, int expected, String session) {
        // Paths are sent as written, so encoded traversal (%2f) reaches the server encoded once.
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(false);
        if (session != null) {
            request = request.cookie("quizmark-session", session);
        }
        int status = request.get(path).statusCode();
        if (status != expected) {
            wrong.add(who + " GET " + path + " -> " + status + " (expected " + expected + ")");
        }
    }
}
