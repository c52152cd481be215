package dev.quizmark.regrade;

import dev.quizmark.account.Account;
import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.Role;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Regrading a quiz after its answer key was fixed: the page is the dry run (per student, old score → new score
 * for the questions that change) with the history of applied regrades; the form applies it.
 */
@Path("/instructor/quizzes/{quizId}/regrade")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
@Produces(MediaType.TEXT_HTML)
public class RegradeResource {

    /** An applied regrade with the instructor who applied it. */
    public record HistoryRow(Regrade regrade, String by) {
    }

    @CheckedTemplate
    static class Templates {
        /** @param stale the form was sent for a version that is no longer current: shown again, nothing applied */
        static native TemplateInstance regrade(RegradePlan plan, List<HistoryRow> history, Long done, boolean stale);
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    RegradeService regrades;

    @Inject
    CurrentAccount me;

    @GET
    public TemplateInstance page(@RestPath String quizId, @RestQuery Long done) {
        Quiz quiz = catalog.current(quizId).orElseThrow(NotFoundException::new);
        return Templates.regrade(regrades.dryRun(quiz), history(quizId), done, false);
    }

    /** {@code to}: the version the dry run showed; when the file changed since, the new dry run is shown instead. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestPath String quizId, @RestForm String to) {
        Quiz quiz = catalog.current(quizId).orElseThrow(NotFoundException::new);
        if (!quiz.contentHash().equals(to)) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.regrade(regrades.dryRun(quiz), history(quizId), null, true)).build();
        }
        Optional<Regrade> applied = regrades.apply(quiz, me.require().id);
        UriBuilder back = UriBuilder.fromPath("/instructor/quizzes/{quizId}/regrade");
        applied.ifPresent(r -> back.queryParam("done", r.id));
        return Response.seeOther(back.build(quizId)).build();
    }

    private static List<HistoryRow> history(String quizId) {
        return Regrade.ofQuiz(quizId).stream().map(r -> new HistoryRow(r,
                Account.<Account>findByIdOptional(r.performedBy).map(a -> a.username).orElse("?"))).toList();
    }
}
