package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.PasswordHasher;
import dev.quizmark.account.Role;
import dev.quizmark.support.ClientAddresses;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in under load and time limits, with a deliberately small configuration: a connection pool of 2, at
 * most 2 password hashes at once (waiting 0.3 s for a turn), sessions that last 6 s at most.
 */
@QuarkusTest
@TestProfile(SecurityLimitsTest.TightLimits.class)
class SecurityLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "quizmark.password-hashing.max-concurrent", "2",
                    "quizmark.password-hashing.max-wait", "PT0.3S",
                    "quizmark.session.absolute-lifetime", "PT6S",
                    "quizmark.registration.students-choose-group", "true");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    PasswordHasher hasher;

    private ExecutorService threads;
    private HttpClient http;

    @BeforeEach
    void startClient() {
        threads = Executors.newFixedThreadPool(60);
        http = HttpClient.newBuilder().executor(threads).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stopClient() {
        threads.shutdownNow();
    }

    private static String newStudent(String password) {
        String username = "lim-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, password, Role.STUDENT, "학생 " + username));
        return username;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A form post sent on its own thread, each from a client address of its own. */
    private CompletableFuture<HttpResponse<String>> post(String path, String csrfCookie, Map<String, String> fields) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "quizmark-csrf=" + csrfCookie).header("X-Forwarded-For", ClientAddresses.next())
                .header("Referer", base.resolve(path.equals("/j_security_check") ? "/login" : path).toString())
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private List<HttpResponse<String>> signInsAtOnce(int count, String username, String password) {
        SignIn.FormPage page = SignIn.open();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(post("/j_security_check", page.csrfCookie(), Map.of("csrf-token", page.csrfToken(),
                    "j_username", username == null ? "nobody-" + i : username, "j_password", password)));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void signInsBeyondThePoolSizeDoNotStopAStudentInTheExamFromSaving() {
        String student = newStudent("exam-password");
        SignedIn visitor = SignedIn.as(student, "exam-password");
        String started = visitor.form().post("/quizzes/deepseek-r2-delay/start").then().statusCode(303)
                .extract().header("Location");
        long attempt = Long.parseLong(started.substring(started.lastIndexOf('/') + 1));

        SignIn.FormPage page = SignIn.open();
        List<CompletableFuture<HttpResponse<String>>> rush = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rush.add(post("/j_security_check", page.csrfCookie(), Map.of("csrf-token", page.csrfToken(),
                    "j_username", "rush-" + i, "j_password", "wrong password")));
        }
        // The save goes in while the rush is being hashed, through a pool of only two connections.
        visitor.http().header("X-CSRF-TOKEN", visitor.csrfToken).accept("application/json")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("q.ascend-switch", "1")
                .post("/attempts/" + attempt + "/questions/ascend-switch")
                .then().statusCode(200).body("saved", equalTo(true));
        for (CompletableFuture<HttpResponse<String>> answer : rush) {
            HttpResponse<String> response = answer.join();
            assertEquals(302, response.statusCode(), response.body());
            assertTrue(location(response).endsWith("/login?error=true") || location(response).endsWith("/login?error=busy"),
                    location(response));
        }
    }

    @Test
    void passwordsAreNeverHashedInsideATransaction() {
        assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> hasher.hash("a password")));
    }

    @Test
    void signInsOverTheHashingLimitGetABusyPageNotAnError() {
        String username = newStudent("busy-password");
        List<HttpResponse<String>> answers = signInsAtOnce(12, username, "busy-password");
        long busy = answers.stream().filter(r -> location(r).endsWith("/login?error=busy")).count();
        long signedIn = answers.stream().filter(r -> r.headers().allValues("Set-Cookie").stream()
                .anyMatch(cookie -> cookie.startsWith("quizmark-session=") && !cookie.startsWith("quizmark-session=;")))
                .count();
        assertTrue(busy > 0, "some sign-ins must wait for a turn: " + answers);
        assertTrue(signedIn > 0, "some sign-ins go through");
        assertEquals(12, busy + signedIn, "every sign-in is answered with a session or the busy page");
        given().header("Accept-Language", "en").get("/login?error=busy").then().statusCode(503)
                .header("Retry-After", "5").body(containsString("Many people are signing in right now"))
                .body(containsString("name=\"j_password\""));
    }

    @Test
    void registrationsOverTheHashingLimitGetABusyPageThatGoesBackToTheForm() {
        SignIn.FormPage page = SignIn.openForm("/register");
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sent.add(post("/register", page.csrfCookie(), Map.of("csrf-token", page.csrfToken(),
                    "joinCode", "test-join-code", "username", "busy-" + UUID.randomUUID().toString().substring(0, 8),
                    "displayName", "학생", "password", "long enough password")));
        }
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
        List<HttpResponse<String>> busy = answers.stream().filter(r -> r.statusCode() == 503).toList();
        assertTrue(!busy.isEmpty(), "some registrations must wait for a turn");
        assertEquals(12, busy.size() + answers.stream().filter(r -> r.statusCode() == 303).count());
        HttpResponse<String> answer = busy.get(0);
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""));
        assertTrue(answer.body().contains("<meta http-equiv=\"refresh\" content=\"5;url=/register\">"), answer.body());
        assertTrue(answer.body().contains("사용자가 많습니다"), answer.body());
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() throws InterruptedException {
        String username = newStudent("lifetime-password");
        long signedInAt = System.nanoTime();
        String session = SignIn.session(username, "lifetime-password");
        given().redirects().follow(false).cookie("quizmark-session", session).get("/quizzes").then().statusCode(200);
        Thread.sleep(3000);
        given().redirects().follow(false).cookie("quizmark-session", session).get("/quizzes").then().statusCode(200);
        Thread.sleep(Math.max(0, Duration.ofMillis(6500).toNanos() - (System.nanoTime() - signedInAt)) / 1_000_000);
        given().redirects().follow(false).cookie("quizmark-session", session).get("/quizzes").then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    @Test
    void studentsPickTheirGroupWhenTheInstructorAllowsIt() {
        given().get("/register").then().body(containsString("name=\"group\""));
        String username = "grp-" + UUID.randomUUID().toString().substring(0, 8);
        RegistrationAbuseTest.register(ClientAddresses.next(), "test-join-code", username, "A반").then().statusCode(303);
        assertEquals("A반", QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().groupName));
    }
}
