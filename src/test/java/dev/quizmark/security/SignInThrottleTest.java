package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.account.SignInThrottle;
import dev.quizmark.account.ThrottleCounter.Scope;
import dev.quizmark.support.ClientAddresses;
import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords slow the guesser down, never lock the owner out, and are all counted however fast they come.
 * Clients are told apart by X-Forwarded-For, which the tests' trusted-proxy setting allows from loopback only.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final String PASSWORD = "throttle-test-password";

    @Inject
    SignInThrottle throttle;

    private static String newStudent() {
        String username = "th-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, PASSWORD, Role.STUDENT, "학생 " + username));
        return username;
    }

    private static Response signIn(String address, String username, String password) {
        return SignIn.open().post(given().header("X-Forwarded-For", address), username, password);
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis() + 300);
    }

    @Test
    void aStrangerGuessingCannotKeepTheOwnerOutAndWaitsLongerAndLonger() throws InterruptedException {
        String username = newStudent();
        String attacker = ClientAddresses.next();
        String owner = ClientAddresses.next();
        for (int i = 0; i < 5; i++) {
            signIn(attacker, username, "guess " + i).then().header("Location", endsWith("/login?error=true"));
        }
        assertEquals(Duration.ofSeconds(1), ThrottleRows.lastDelay(Scope.ACCOUNT, username, attacker));

        // The owner, elsewhere, is not held up at all by the stranger's failures.
        assertNotNull(signIn(owner, username, PASSWORD).getCookie("quizmark-session"));

        // During the wait the stranger's tries are refused unchecked and not counted, even the right password.
        Response refused = signIn(attacker, username, PASSWORD);
        refused.then().header("Location", containsString("/login?error=wait&seconds=1"));
        assertNull(refused.getCookie("quizmark-session"));
        assertEquals(5, ThrottleRows.failures(Scope.ACCOUNT, username, attacker));
        given().get("/login?error=wait&seconds=1").then().statusCode(429).header("Retry-After", "1")
                .body(containsString("1초 뒤에 다시 시도하세요"));

        sleep(Duration.ofSeconds(1));
        signIn(attacker, username, "guess 6").then().header("Location", endsWith("/login?error=true"));
        assertEquals(Duration.ofSeconds(2), ThrottleRows.lastDelay(Scope.ACCOUNT, username, attacker));
        signIn(attacker, username, "guess 7").then().header("Location", containsString("error=wait&seconds=2"));

        // No lock: once the wait is over, the right password works from that address too.
        sleep(Duration.ofSeconds(2));
        assertNotNull(signIn(attacker, username, PASSWORD).getCookie("quizmark-session"));
        assertEquals(0, ThrottleRows.failures(Scope.ACCOUNT, username, attacker));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownForAllOfThem() {
        String sprayer = ClientAddresses.next();
        for (int i = 0; i < 30; i++) {
            signIn(sprayer, "nobody-" + UUID.randomUUID().toString().substring(0, 8), "password123")
                    .then().header("Location", endsWith("/login?error=true"));
        }
        String username = newStudent();
        signIn(sprayer, username, PASSWORD).then().header("Location", containsString("error=wait"));
        assertNotNull(signIn(ClientAddresses.next(), username, PASSWORD).getCookie("quizmark-session"));
    }

    @Test
    void parallelFailuresAreAllCounted() throws Exception {
        String username = newStudent();
        String address = ClientAddresses.next();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                done.add(pool.submit(() -> throttle.signInFailed(username, address, Instant.now())));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(10, ThrottleRows.failures(Scope.ACCOUNT, username, address));
        assertEquals(10, ThrottleRows.failures(Scope.ADDRESS, "", address));
    }

    @Test
    void parallelWrongPasswordsOverHttpAreAllCounted() throws Exception {
        String address = ClientAddresses.next();
        SignIn.FormPage page = SignIn.open();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
                answers.add(pool.submit(() -> page.post(given().header("X-Forwarded-For", address), username, "wrong")));
            }
            for (Future<Response> answer : answers) {
                answer.get().then().header("Location", endsWith("/login?error=true"));
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(10, ThrottleRows.failures(Scope.ADDRESS, "", address));
    }

    @Test
    void forwardedAddressesAreBelievedOnlyFromTheTrustedProxy() throws Exception {
        String username = newStudent();
        String claimed = ClientAddresses.next();
        // A client at 127.0.0.2, which is not the trusted proxy, claims another address: its own is counted.
        HttpClientConfig fromUntrustedPeer = HttpClientConfig.httpClientConfig()
                .setParam("http.route.local-address", InetAddress.getByName("127.0.0.2"));
        SignIn.FormPage page = SignIn.open();
        page.post(given().config(RestAssured.config().httpClient(fromUntrustedPeer)).baseUri("http://127.0.0.1")
                .header("X-Forwarded-For", claimed), username, "wrong").then().header("Location", endsWith("/login?error=true"));
        assertEquals(0, ThrottleRows.failures(Scope.ACCOUNT, username, claimed));
        assertEquals(1, ThrottleRows.failures(Scope.ACCOUNT, username, "127.0.0.2"));
        // The trusted proxy (loopback) is believed.
        signIn(claimed, username, "wrong").then().header("Location", endsWith("/login?error=true"));
        assertEquals(1, ThrottleRows.failures(Scope.ACCOUNT, username, claimed));
    }
}
