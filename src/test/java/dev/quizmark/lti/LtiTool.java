package dev.quizmark.lti;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Quizmark as a test platform and its instructor reach it: over HTTP only. Registers the platform through the
 * instructor's LTI page, approves courses there, and walks the OIDC login to get a state and nonce.
 */
final class LtiTool {

    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

    final TestPlatform platform;
    final String instructorSession;
    private final String csrfCookie;
    private final String csrfToken;
    long registrationId;

    /** A login's outcome: what the platform gets back in the redirect, and the state cookie. */
    record Login(String state, String nonce, String stateCookie, Map<String, String> query) {
    }

    LtiTool(TestPlatform platform) {
        this.platform = platform;
        instructorSession = SignIn.session("instructor", "instructor-test-password");
        Response page = instructor().get("/instructor/lti");
        assertEquals(200, page.statusCode());
        csrfCookie = page.getCookie("quizmark-csrf");
        Matcher token = CSRF.matcher(page.asString());
        assertTrue(token.find());
        csrfToken = token.group(1);
    }

    RequestSpecification instructor() {
        return given().redirects().follow(false).cookie("quizmark-session", instructorSession);
    }

    RequestSpecification instructorForm() {
        return instructor().cookie("quizmark-csrf", csrfCookie).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrfToken);
    }

    LtiTool register() {
        Response created = instructorForm().formParam("name", "Test LMS").formParam("issuer", platform.issuer)
                .formParam("clientId", TestPlatform.CLIENT_ID).formParam("authLoginUrl", platform.authUrl())
                .formParam("tokenUrl", platform.tokenUrl()).formParam("jwksUrl", platform.jwksUrl())
                .formParam("deployments", TestPlatform.DEPLOYMENT + "\nother-deployment").post("/instructor/lti/registrations");
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        registrationId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        return this;
    }

    /** Approves a course that launched before, as the instructor does on the registration page. */
    void approve(String contextId) throws Exception {
        if (QuarkusTransaction.requiringNew().call(() -> LtiContext.of(registrationId, contextId).isEmpty())) {
            // The course's first launch records it (and is refused, as nobody approved it yet).
            Login login = login();
            Response first = launch(platform.sign(platform.launchClaims(login.nonce(), "first-" + contextId, contextId,
                    "link-0", null, java.util.List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))), login.state());
            assertEquals(403, first.statusCode(), first.asString());
        }
        long id = contextRow(contextId);
        Response approved = instructorForm().formParam("approved", "true").post("/instructor/lti/contexts/" + id + "/approve");
        assertEquals(303, approved.statusCode(), approved.asString());
    }

    long contextRow(String contextId) {
        return QuarkusTransaction.requiringNew().call(() -> LtiContext.of(registrationId, contextId).orElseThrow().id);
    }

    /** Third-party-initiated login as the platform starts it; the answer must send us to the platform. */
    Login login() {
        Response response = given().redirects().follow(false).queryParam("iss", platform.issuer)
                .queryParam("login_hint", "hint-1").queryParam("target_link_uri", "http://tool.test/lti/launch")
                .queryParam("client_id", TestPlatform.CLIENT_ID).queryParam("lti_message_hint", "msg-1").get("/lti/login");
        assertEquals(302, response.statusCode(), response.asString());
        URI location = URI.create(response.getHeader("Location"));
        assertTrue(response.getHeader("Location").startsWith(platform.authUrl() + "?"), location.toString());
        Map<String, String> query = Arrays.stream(location.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return new Login(query.get("state"), query.get("nonce"), response.getCookie(LtiRoutes.STATE_COOKIE), query);
    }

    /** The platform's form post of the id_token. */
    Response launch(String idToken, String state) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("id_token", idToken).formParam("state", state).post("/lti/launch");
    }

    static String ticket(Response page) {
        Matcher ticket = TICKET.matcher(page.asString());
        assertTrue(ticket.find(), "no ticket on the page: " + page.asString());
        return ticket.group(1);
    }
}
