package dev.quizmark.accommodation;

import dev.quizmark.account.Account;
import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.Role;
import dev.quizmark.app.Formats;
import dev.quizmark.app.QuizmarkConfig;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Accommodations and overrides: the list of those in force, a form to add one (a student or a group, one quiz
 * or every quiz), removal, and reopening one submitted attempt. Every change is audited.
 */
@Path("/instructor")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
@Produces(MediaType.TEXT_HTML)
public class AccommodationResource {

    /** One accommodation as the list shows it. */
    public record Row(Accommodation accommodation, String who, String quizTitle, String from, String until, String by,
            String setAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accommodations(List<Row> rows, List<Quiz> quizzes, AccommodationForm form,
                List<String> problems, String done);
    }

    @Inject
    Accommodations accommodations;

    @Inject
    AttemptReopening reopening;

    @Inject
    QuizCatalog catalog;

    @Inject
    CurrentAccount me;

    @Inject
    QuizmarkConfig config;

    @GET
    @Path("accommodations")
    public TemplateInstance page(@RestQuery String student, @RestQuery String quiz, @RestQuery String done,
            @RestQuery String extra) {
        // The attempt page's "one more attempt" link fills in the student, the quiz and one extra attempt.
        AccommodationForm form = new AccommodationForm(student == null ? "" : student, "", quiz == null ? "" : quiz, "", "",
                "1".equals(extra) ? "1" : "", "", "", "");
        return Templates.accommodations(rows(), catalog.openQuizzes(), form, List.of(), done);
    }

    @POST
    @Path("accommodations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String group, @RestForm String quiz,
            @RestForm String multiplier, @RestForm String extraMinutes, @RestForm String extraAttempts,
            @RestForm String from, @RestForm String until, @RestForm String reason) {
        AccommodationForm form = new AccommodationForm(username, group, quiz, multiplier, extraMinutes, extraAttempts, from,
                until, reason);
        AccommodationForm.Checked checked = form.check(config.timeZone(), id -> catalog.current(id).isPresent());
        if (checked.accommodation() == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.accommodations(rows(), catalog.openQuizzes(), form, checked.problems(), null)).build();
        }
        accommodations.create(checked.accommodation(), me.require().id);
        return Response.seeOther(URI.create("/instructor/accommodations?done=saved")).build();
    }

    @POST
    @Path("accommodations/{id:\\d+}/delete")
    public Response delete(@RestPath long id) {
        if (!accommodations.delete(id, me.require().id)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/instructor/accommodations?done=removed")).build();
    }

    /** Reopens a submitted attempt; the attempt page says how it went. */
    @POST
    @Path("attempts/{id:\\d+}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@RestPath long id, @RestForm String minutes, @RestForm String reason) {
        List<String> problems = new ArrayList<>();
        Integer limit = AccommodationForm.whole(minutes, 1, 10_000, "bad", problems);
        if (!problems.isEmpty() || AccommodationForm.blank(reason) || reason.strip().length() > 500) {
            return Response.seeOther(URI.create("/instructor/attempts/" + id + "?reopen=bad")).build();
        }
        AttemptReopening.Outcome outcome = reopening.reopen(id, limit, reason.strip(), me.require().id, Instant.now());
        if (outcome == AttemptReopening.Outcome.NOT_FOUND) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/instructor/attempts/" + id + "?reopen=" + outcome.name().toLowerCase())).build();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Accommodation a : accommodations.all()) {
            String who = a.accountId != null
                    ? Account.<Account>findByIdOptional(a.accountId).map(acc -> acc.displayName + " (" + acc.username + ")").orElse("?")
                    : a.groupName;
            String quizTitle = a.quizId == null ? null : catalog.current(a.quizId).map(Quiz::title).orElse(a.quizId);
            String by = Account.<Account>findByIdOptional(a.createdBy).map(acc -> acc.username).orElse("?");
            rows.add(new Row(a, who, quizTitle, Formats.dateTime(a.availableFrom), Formats.dateTime(a.availableUntil), by,
                    Formats.dateTime(a.createdAt)));
        }
        return rows;
    }
}
