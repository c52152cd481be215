package dev.quizmark.account;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Students create their own account with the class join code, when the instructor has set one
 * (QUIZMARK_REGISTRATION_JOIN_CODE); without it the page does not exist. The join code is checked before
 * anything else, so a wrong code is answered the same whatever the other fields say (nobody without the code
 * learns which usernames exist), and wrong codes are throttled per client address like passwords. Whether
 * students pick their own group is the instructor's choice (QUIZMARK_REGISTRATION_STUDENTS_CHOOSE_GROUP).
 * Signed-in users are sent to the front page.
 */
@Path("/register")
@Produces(MediaType.TEXT_HTML)
public class RegistrationResource {

    @ConfigProperty(name = "quizmark.registration.join-code")
    Optional<String> joinCode;

    @ConfigProperty(name = "quizmark.registration.students-choose-group")
    boolean studentsChooseGroup;

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
        String chosenGroup = studentsChooseGroup ? group : null;
        AccountForm typed = AccountForm.of(username, displayName, studentNumber, chosenGroup, email, null);
        AccountMessages msg = AccountAdminResource.messages(me.getLanguage());
        String address = ClientAddress.of(request);
        Duration wait = throttle.joinCodeWait(address, Instant.now());
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            return Response.status(429).header("Retry-After", seconds)
                    .entity(page(typed, List.of(new AccountAdminResource.FieldError("joinCode", msg.joinCodeWait(seconds)))))
                    .build();
        }
        if (!matches(joinCode)) {
            throttle.joinCodeFailed(address, Instant.now());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(typed, List.of(new AccountAdminResource.FieldError("joinCode", msg.errorJoinCode()))))
                    .build();
        }
        AccountForm form = AccountForm.of(username, displayName, studentNumber, chosenGroup, email, password);
        List<AccountAdminResource.FieldError> errors =
                AccountAdminResource.fieldErrors(msg, form.validate(admin::usernameTaken));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(typed, errors)).build();
        }
        admin.registerStudent(form);
        return Response.seeOther(URI.create("/login?registered=true")).build();
    }

    private TemplateInstance page(AccountForm form, List<AccountAdminResource.FieldError> errors) {
        return AccountAdminResource.Templates.create(form, new AccountAdminResource.Errors(errors), true,
                studentsChooseGroup);
    }

    private void requireEnabled() {
        if (joinCode.filter(code -> !code.isBlank()).isEmpty()) {
            throw new NotFoundException();
        }
    }

    /** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
    private boolean matches(String typed) {
        return typed != null && MessageDigest.isEqual(typed.strip().getBytes(StandardCharsets.UTF_8),
                joinCode.orElseThrow().strip().getBytes(StandardCharsets.UTF_8));
    }
}
