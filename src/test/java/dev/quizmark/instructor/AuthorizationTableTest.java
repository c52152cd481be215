package dev.quizmark.instructor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void everyRouteChecksWhoIsAsking() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        Account owner = ResultFixtures.student("Owner", "A");
        Account other = ResultFixtures.student("Other", "A");
        Attempt attempt = ResultFixtures.submitted(owner, quiz.id(), quiz.contentHash(), 70, Instant.now(), "q", "[]");
        String reading = quiz.settings().readings().get(0);
        List<Route> routes = List.of(
                new Route("/", 200, 303, 303, 200),
                new Route("/login", 200, 303, 303, 303),
                new Route("/q/health/ready", 200, 200, 200, 200),
                new Route("/quizzes", LOGIN, 200, 200, 403),
                new Route("/quizzes/" + quiz.id(), LOGIN, 200, 200, 200),
                new Route("/" + reading, LOGIN, 200, 200, 200),
                new Route("/attempts/" + attempt.id, LOGIN, 303, 404, 403),
                new Route("/attempts/" + attempt.id + "/submit", LOGIN, 303, 404, 403),
                new Route("/attempts/" + attempt.id + "/review", LOGIN, 200, 404, 403),
                new Route("/instructor", LOGIN, 403, 403, 200),
                new Route("/instructor/quizzes/" + quiz.id(), LOGIN, 403, 403, 200),
                new Route("/instructor/students/" + owner.id, LOGIN, 403, 403, 200),
                new Route("/instructor/attempts/" + attempt.id, LOGIN, 403, 403, 200),
                new Route("/instructor/export/grades.csv", LOGIN, 403, 403, 200),
                new Route("/instructor/export/attempts.csv", LOGIN, 403, 403, 200),
                new Route("/instructor/export/responses.csv", LOGIN, 403, 403, 200),
                new Route("/instructor/preview", LOGIN, 403, 403, 200),
                new Route("/instructor/preview/" + quiz.id(), LOGIN, 403, 403, 200),
                new Route("/instructor/accounts", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/new", LOGIN, 403, 403, 200),
                new Route("/instructor/accounts/import", LOGIN, 403, 403, 200));

        String ownerSession = ResultFixtures.session(owner.username, "pw-" + owner.username);
        String otherSession = ResultFixtures.session(other.username, "pw-" + other.username);
        String instructorSession = ResultFixtures.instructorSession();
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            check(wrong, route.path(), "anonymous", route.anonymous(), null);
            check(wrong, route.path(), "owner", route.owner(), ownerSession);
            check(wrong, route.path(), "other student", route.other(), otherSession);
            check(wrong, route.path(), "instructor", route.instructor(), instructorSession);
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String path, String who, int expected, String session) {
        RequestSpecification request = given().redirects().follow(false);
        if (session != null) {
            request = request.cookie("quizmark-session", session);
        }
        int status = request.get(path).statusCode();
        if (status != expected) {
            wrong.add(who + " GET " + path + " -> " + status + " (expected " + expected + ")");
        }
    }
}
