package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Login CSRF: a foreign page must not be able to sign a visitor into the attacker's account. The log-in form
 * carries a CSRF token that only the app's own page can supply.
 */
@QuarkusTest
class SignInCsrfTest {

    private static final String PASSWORD = "attacker-own-password";

    private static String attackersAccount() {
        String username = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, PASSWORD, Role.STUDENT, "공격자"));
        return username;
    }

    private static void refused(Response response) {
        response.then().statusCode(302).header("Location", endsWith("/login?error=form"));
        assertNull(response.getCookie("quizmark-session"), "no session for a forged sign-in");
    }

    @Test
    void aSignInPostedFromAForeignPageIsRefused() {
        String username = attackersAccount();
        // What a foreign page can send: the credentials it knows, from its own origin, without the app's token.
        refused(given().redirects().follow(false).header("Origin", "https://evil.example")
                .header("Referer", "https://evil.example/trap.html").formParam("j_username", username)
                .formParam("j_password", PASSWORD).post("/j_security_check"));
    }

    @Test
    void aTokenThatDoesNotMatchTheCookieIsRefused() {
        String username = attackersAccount();
        SignIn.FormPage victimsPage = SignIn.open();
        SignIn.FormPage attackersPage = SignIn.open();
        refused(given().redirects().follow(false).cookie("quizmark-csrf", victimsPage.csrfCookie())
                .formParam("csrf-token", attackersPage.csrfToken()).formParam("j_username", username)
                .formParam("j_password", PASSWORD).post("/j_security_check"));
        refused(given().redirects().follow(false).cookie("quizmark-csrf", victimsPage.csrfCookie())
                .formParam("j_username", username).formParam("j_password", PASSWORD).post("/j_security_check"));
    }

    @Test
    void theAppsOwnLogInPageSignsInAndExplainsARefusedForm() {
        String username = attackersAccount();
        Response signedIn = SignIn.post(username, PASSWORD);
        signedIn.then().statusCode(302);
        assertNotNull(signedIn.getCookie("quizmark-session"));
        given().header("Accept-Language", "en").get("/login?error=form").then().statusCode(200)
                .body(containsString("This sign-in form had expired or was sent from another site"))
                .body(containsString("name=\"csrf-token\""));
    }
}
