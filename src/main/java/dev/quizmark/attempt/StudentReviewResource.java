package dev.quizmark.attempt;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * A student's result page opened by an instructor ("student view"): the page the student sees, read-only, with the
 * student's name on it. Only submitted attempts have one.
 */
@Path("/instructor/attempts/{id}/review")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
public class StudentReviewResource {

    @Inject
    AttemptViews views;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance review(@PathParam("id") long id) {
        Attempt attempt = Attempt.findById(id);
        if (attempt == null || !attempt.isSubmitted()) {
            throw new NotFoundException();
        }
        Account student = Account.findById(attempt.accountId);
        return AttemptResource.Templates.review(views.reviewForInstructor(attempt, student, Instant.now()));
    }
}
