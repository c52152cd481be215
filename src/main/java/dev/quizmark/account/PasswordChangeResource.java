package dev.quizmark.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Choosing one's own password: required after an instructor set it, available to everyone signed in.
 * A new password ends every session of the account, this one included: the page then asks to sign in again.
 */
@Path(PasswordChangeResource.PATH)
@Authenticated
public class PasswordChangeResource {

    static final String PATH = "/account/password";

    /** Which check failed; the template turns it into a sentence. */
    public enum Problem { WRONG_CURRENT, MUST_WAIT, TOO_SHORT, SAME_AS_CURRENT, MISMATCH }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(boolean required, Problem problem, long waitSeconds, int minLength);
    }

    @Inject
    CurrentAccount me;

    @Inject
    SecurityIdentity identity;

    @Inject
    PasswordCheck passwordCheck;

    @Inject
    PasswordHasher hasher;

    @Inject
    HttpServerRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.password(me.mustChangePassword(), null, 0, AccountRules.MIN_PASSWORD_LENGTH);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
            @FormParam("confirm") String confirm) {
        String username = me.getUsername();
        long accountId = me.id();
        boolean mustChange = me.mustChangePassword();
        // A wrong current password counts like a failed sign-in, so this form cannot be used to guess.
        PasswordCheck.Verdict verdict = passwordCheck.check(username, current, ClientAddress.of(request));
        Problem problem = null;
        long waitSeconds = 0;
        if (verdict instanceof PasswordCheck.MustWait mustWait) {
            problem = Problem.MUST_WAIT;
            waitSeconds = Math.max(1, mustWait.remaining().toSeconds());
        } else if (!(verdict instanceof PasswordCheck.Accepted)) {
            problem = Problem.WRONG_CURRENT;
        } else if (password == null || password.length() < AccountRules.MIN_PASSWORD_LENGTH) {
            problem = Problem.TOO_SHORT;
        } else if (password.equals(current)) {
            problem = Problem.SAME_AS_CURRENT;
        } else if (!password.equals(confirm)) {
            problem = Problem.MISMATCH;
        }
        if (problem != null) {
            return Response.status(problem == Problem.MUST_WAIT ? 429 : 400)
                    .entity(Templates.password(mustChange, problem, waitSeconds, AccountRules.MIN_PASSWORD_LENGTH)).build();
        }
        String hash = hasher.hash(password);
        QuarkusTransaction.requiringNew().run(() -> {
            Account stored = Account.findById(accountId);
            stored.passwordHash = hash;
            stored.mustChangePassword = false;
        });
        LoginResource.endSessions(username, identity);
        return Response.seeOther(URI.create("/login?changed=true")).build();
    }
}
