package dev.quizmark.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;

/** Choosing one's own password: required after an instructor set it, available to everyone signed in. */
@Path(PasswordChangeResource.PATH)
@Authenticated
public class PasswordChangeResource {

    static final String PATH = "/account/password";

    /** Which check failed; the template turns it into a sentence. */
    public enum Problem { WRONG_CURRENT, TOO_SHORT, SAME_AS_CURRENT, MISMATCH }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(boolean required, Problem problem, boolean changed, int minLength);
    }

    @Inject
    CurrentAccount me;

    @Inject
    LoginThrottle throttle;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@jakarta.ws.rs.QueryParam("changed") boolean changed) {
        return Templates.password(me.require().mustChangePassword, null, changed, AccountRules.MIN_PASSWORD_LENGTH);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
            @FormParam("confirm") String confirm) {
        Account account = me.require();
        Problem problem = null;
        // The throttle counts a wrong current password like a failed sign-in, so this form cannot be used to guess.
        if (current == null || throttle.verify(account.username, current, Instant.now()).isEmpty()) {
            problem = Problem.WRONG_CURRENT;
        } else if (password == null || password.length() < AccountRules.MIN_PASSWORD_LENGTH) {
            problem = Problem.TOO_SHORT;
        } else if (password.equals(current)) {
            problem = Problem.SAME_AS_CURRENT;
        } else if (!password.equals(confirm)) {
            problem = Problem.MISMATCH;
        }
        if (problem != null) {
            return Response.status(400).entity(Templates.password(account.mustChangePassword, problem, false, AccountRules.MIN_PASSWORD_LENGTH)).build();
        }
        Account stored = Account.findById(account.id);
        stored.setPassword(password);
        stored.mustChangePassword = false;
        return Response.seeOther(URI.create(PATH + "?changed=true")).build();
    }
}
