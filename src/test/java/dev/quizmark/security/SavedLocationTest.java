package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An anonymous visitor asking for any URL is sent to the sign-in page at once, and back to that URL after
 * signing in, even when the URL holds characters a cookie value may not (the saved location is a cookie).
 */
@QuarkusTest
class SavedLocationTest {

    /** Today's failure mode is a response that never comes: give up after 5 s instead of hanging. */
    private static final RestAssuredConfig PROMPT = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 5000).setParam("http.connection.timeout", 5000));

    private static Response anonymous(String rawUrl) {
        return given().config(PROMPT).redirects().follow(false).urlEncodingEnabled(false).get(rawUrl);
    }

    @Test
    void anyUrlGetsAPromptRedirectToSignIn() {
        // Browsers send ',' and ';' as they are; a cookie value may hold neither.
        for (String url : new String[] {"/quizzes?a=1,2", "/quizzes;x", "/quizzes?a=1;b=2", "/quizzes/x,y"}) {
            Response response = anonymous(url);
            response.then().statusCode(302).header("Location", endsWith("/login"));
            assertThat(url, response.headers().getValues("Set-Cookie"),
                    hasItem(org.hamcrest.Matchers.startsWith("quarkus-redirect-location=")));
        }
    }

    @Test
    void afterSigningInTheVisitorLandsOnTheUrlTheyAskedFor() {
        String username = "loc-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, "location-password", Role.STUDENT, "학생"));
        String saved = anonymous("/quizzes?a=1,2").getCookie("quarkus-redirect-location");
        assertTrue(saved.endsWith("/quizzes?a=1%2C2"), saved);
        Response signedIn = SignIn.open().post(given().cookie("quarkus-redirect-location", saved), username,
                "location-password");
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/quizzes?a=1%2C2"), signedIn.header("Location"));
        given().redirects().follow(false).cookie("quizmark-session", signedIn.getCookie("quizmark-session"))
                .urlEncodingEnabled(false).get("/quizzes?a=1%2C2").then().statusCode(200);
    }
}
