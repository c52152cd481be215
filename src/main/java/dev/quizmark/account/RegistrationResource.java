package dev.quizmark.account;

import io.quarkus.qute.CheckedTemplate;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Students create their own account with the class join code, when the instructor has set one
 * ({@link Registration}); without it the page does not exist.
 */
@Path("/register")
@Produces(MediaType.TEXT_HTML)
public class RegistrationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(AccountForm form, AccountFormErrors errors);
    }

    @Inject
    Registration registration;

    @Inject
    AccountAdmin admin;

    @Inject
    CurrentAccount me;

    @GET
    public TemplateInstance form() {
        requireEnabled();
        return Templates.register(AccountForm.of(null, null, null, null, null, null), AccountFormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String joinCode, @RestForm String username, @RestForm String displayName,
            @RestForm String studentNumber, @RestForm String group, @RestForm String email, @RestForm String password) {
        requireEnabled();
        AccountForm form = AccountForm.of(username, displayName, studentNumber, group, email, password);
        AccountMessages msg = me.messages(AccountMessages.class);
        List<AccountFormErrors.FieldError> errors = new ArrayList<>();
        if (!registration.matches(joinCode)) {
            errors.add(new AccountFormErrors.FieldError("joinCode", msg.errorJoinCode()));
        }
        errors.addAll(AccountFormErrors.of(msg, form.validate(admin::usernameTaken)));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.register(form.withoutPassword(), new AccountFormErrors(errors))).build();
        }
        admin.registerStudent(form);
        return Response.seeOther(URI.create("/login?registered=true")).build();
    }

    private void requireEnabled() {
        if (!registration.enabled()) {
            throw new NotFoundException();
        }
    }
}
