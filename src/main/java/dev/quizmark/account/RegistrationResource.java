package dev.quizmark.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Students create their own account with the class join code, when the instructor has set one
 * ({@link Registration}); without it the page does not exist. The join code is checked before anything else, so a
 * wrong code is answered the same whatever the other fields say (nobody without the code learns which usernames
 * exist), and wrong codes are throttled per client address like passwords. Whether students pick their own group
 * is the instructor's choice. Signed-in users are sent to the front page.
 */
@Path("/register")
@Produces(MediaType.TEXT_HTML)
public class RegistrationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(AccountForm form, AccountFormErrors errors, boolean groupField);
    }

    @Inject
    Registration registration;

    @Inject
    AccountAdmin admin;

    @Inject
    SignInThrottle throttle;

    @Inject
    CurrentAccount me;

    @Inject
    HttpServerRequest request;

    @GET
    public Response form() {
        requireEnabled();
        if (me.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(page(AccountForm.of(null, null, null, null, null, null), List.of())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String joinCode, @RestForm String username, @RestForm String displayName,
            @RestForm String studentNumber, @RestForm String group, @RestForm String email, @RestForm String password) {
        requireEnabled();
        if (me.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        String chosenGroup = registration.studentsChooseGroup() ? group : null;
        AccountForm form = AccountForm.of(username, displayName, studentNumber, chosenGroup, email, password);
        AccountMessages msg = me.messages(AccountMessages.class);
        String address = ClientAddress.of(request);
        Duration wait = throttle.codeWait(ThrottleCounter.Scope.JOIN_CODE, address, Instant.now());
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            return Response.status(429).header("Retry-After", seconds)
                    .entity(page(form, List.of(new AccountFormErrors.FieldError("joinCode", msg.joinCodeWait(seconds)))))
                    .build();
        }
        if (!registration.matches(joinCode)) {
            throttle.codeFailed(ThrottleCounter.Scope.JOIN_CODE, address, Instant.now());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(form, List.of(new AccountFormErrors.FieldError("joinCode", msg.errorJoinCode()))))
                    .build();
        }
        List<AccountFormErrors.FieldError> errors = AccountFormErrors.of(msg, form.validate(admin::usernameTaken));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(form, errors)).build();
        }
        admin.registerStudent(form);
        return Response.seeOther(URI.create("/login?registered=true")).build();
    }

    /** The form again as typed, without the password. */
    private TemplateInstance page(AccountForm form, List<AccountFormErrors.FieldError> errors) {
        return Templates.register(form.withoutPassword(), new AccountFormErrors(errors), registration.studentsChooseGroup());
    }

    private void requireEnabled() {
        if (!registration.enabled()) {
            throw new NotFoundException();
        }
    }
}
