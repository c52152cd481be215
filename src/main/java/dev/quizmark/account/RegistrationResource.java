package dev.quizmark.account;

import io.quarkus.qute.TemplateInstance;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Students create their own account with the class join code, when the instructor has set one
 * (QUIZMARK_REGISTRATION_JOIN_CODE); without it the page does not exist.
 */
@Path("/register")
@Produces(MediaType.TEXT_HTML)
public class RegistrationResource {

    @ConfigProperty(name = "quizmark.registration.join-code")
    Optional<String> joinCode;

    @Inject
    AccountAdmin admin;

    @Inject
    CurrentAccount me;

    @GET
    public TemplateInstance form() {
        requireEnabled();
        return AccountAdminResource.Templates.create(AccountForm.of(null, null, null, null, null, null),
                new AccountAdminResource.Errors(List.of()), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String joinCode, @RestForm String username, @RestForm String displayName,
            @RestForm String studentNumber, @RestForm String group, @RestForm String email, @RestForm String password) {
        requireEnabled();
        AccountForm form = AccountForm.of(username, displayName, studentNumber, group, email, password);
        AccountMessages msg = AccountAdminResource.messages(me.getLanguage());
        List<AccountAdminResource.FieldError> errors = new ArrayList<>();
        if (!matches(joinCode)) {
            errors.add(new AccountAdminResource.FieldError("joinCode", msg.errorJoinCode()));
        }
        errors.addAll(AccountAdminResource.fieldErrors(msg, form.validate(admin::usernameTaken)));
        if (!errors.isEmpty()) {
            AccountForm typed = AccountForm.of(username, displayName, studentNumber, group, email, null);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(AccountAdminResource.Templates.create(typed, new AccountAdminResource.Errors(errors), true)).build();
        }
        admin.registerStudent(form);
        return Response.seeOther(URI.create("/login?registered=true")).build();
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
