package dev.quizmark.account;

import dev.quizmark.app.QuizmarkConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;

/**
 * The sign-in page (its form posts to Quarkus' j_security_check, see {@link AccountIdentityProvider}) and
 * sign-out, which ends the account's sessions everywhere, not just this browser's cookie.
 */
@Path("/")
public class LoginResource {

    /** Query strings the sign-in flow sends the browser back with. */
    static final String FORM_REFUSED = "error=form";
    static final String BUSY = "error=busy";

    /** Why the previous sign-in did not happen; the page explains it. */
    public enum Refusal {
        /** Wrong username or password (Quarkus' configured error page, {@code ?error=true}). */
        WRONG,
        /** The form's CSRF token was missing or wrong: an expired page, or a post from another site. */
        FORM,
        /** Too many failures from this client: wait {@code seconds}. */
        WAIT,
        /** Too many sign-ins at this moment: try again shortly. */
        BUSY
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Refusal refusal, long seconds, boolean registered,
                boolean passwordChanged, boolean registration);
    }

    @Inject
    CurrentAccount me;

    @Inject
    SecurityIdentity identity;

    @Inject
    Registration registration;

    @Inject
    QuizmarkConfig config;

    static String waitQuery(Duration wait) {
        return "error=wait&seconds=" + Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@QueryParam("error") String error, @QueryParam("seconds") long seconds,
            @QueryParam("registered") boolean registered, @QueryParam("changed") boolean passwordChanged) {
        if (me.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        Refusal refusal = refusal(error);
        long wait = Math.max(1, Math.min(seconds, Duration.ofDays(1).toSeconds()));
        Response.ResponseBuilder page = Response.ok(Templates.login(refusal, refusal == Refusal.BUSY
                ? config.passwordHashing().retryAfter().toSeconds() : wait, registered, passwordChanged, registration.enabled()));
        if (refusal == Refusal.WAIT) {
            page.status(429).header("Retry-After", wait);
        } else if (refusal == Refusal.BUSY) {
            page.status(503).header("Retry-After", config.passwordHashing().retryAfter().toSeconds());
        }
        return page.build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (me.isSignedIn()) {
            endSessions(me.getUsername(), identity);
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    /**
     * Ends every session of the account by raising its session version, and deletes this browser's cookie.
     * Called outside any transaction.
     */
    public static void endSessions(String username, SecurityIdentity identity) {
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(username)
                .ifPresent(account -> Account.endSessions(account.id)));
        FormAuthenticationMechanism.logout(identity);
    }

    private static Refusal refusal(String error) {
        if (error == null) {
            return null;
        }
        return switch (error) {
            case "true" -> Refusal.WRONG;
            case "form" -> Refusal.FORM;
            case "wait" -> Refusal.WAIT;
            case "busy" -> Refusal.BUSY;
            default -> null;
        };
    }
}
