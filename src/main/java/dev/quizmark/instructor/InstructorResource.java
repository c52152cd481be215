package dev.quizmark.instructor;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.instructor.ResultsService.AttemptDetail;
import dev.quizmark.instructor.ResultsService.ItemAttempts;
import dev.quizmark.instructor.ResultsService.Overview;
import dev.quizmark.instructor.ResultsService.QuizResults;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.QuizProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** Results for instructors: dashboard, per-quiz statistics, students' attempts and CSV exports. */
@Path("/instructor")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
public class InstructorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<Overview> quizzes, List<QuizProblem> problems, FilterForm filter);

        static native TemplateInstance results(QuizResults results, FilterForm filter);

        static native TemplateInstance student(Account student, List<AttemptRow> attempts);

        /** @param reopen how reopening it went (AccommodationResource), or null */
        static native TemplateInstance attempt(AttemptDetail detail, String reopen);
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    ResultsService results;

    @Inject
    ScoreCsvExporter exporter;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@QueryParam("group") String group, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        FilterForm filter = new FilterForm(group, from, to);
        return Templates.dashboard(results.overviews(catalog.openQuizzes(), filter.filter(null)), catalog.problems(), filter);
    }

    @GET
    @Path("quizzes/{quizId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance quiz(@PathParam("quizId") String quizId, @QueryParam("group") String group,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("items") String items,
            @QueryParam("page") Integer page) {
        Quiz quiz = catalog.current(quizId).orElseThrow(NotFoundException::new);
        FilterForm filter = new FilterForm(group, from, to);
        ItemAttempts itemAttempts = FilterForm.option(ItemAttempts.class, items, "items", ItemAttempts.FIRST);
        return Templates.results(results.quiz(quiz, filter.filter(quizId), itemAttempts, page == null ? 1 : page), filter);
    }

    @GET
    @Path("students/{accountId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance student(@PathParam("accountId") long accountId) {
        Account student = Account.<Account>findByIdOptional(accountId).orElseThrow(NotFoundException::new);
        return Templates.student(student, results.attemptsOf(accountId));
    }

    @GET
    @Path("attempts/{attemptId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance attempt(@PathParam("attemptId") long attemptId, @QueryParam("reopen") String reopen) {
        return Templates.attempt(results.attempt(attemptId).orElseThrow(NotFoundException::new), reopen);
    }

    @GET
    @Path("export/{kind}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@PathParam("kind") String kind, @QueryParam("quiz") String quizId, @QueryParam("group") String group,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("policy") String policy,
            @QueryParam("bom") String bom) {
        ScoreCsvExporter.Kind exportKind = FilterForm.option(ScoreCsvExporter.Kind.class, kind, "kind", ScoreCsvExporter.Kind.GRADES);
        // Without policy= each quiz's grading method decides (the usual case); policy= overrides it for every quiz.
        ScoreCsvExporter.Policy gradePolicy = FilterForm.option(ScoreCsvExporter.Policy.class, policy, "policy", null);
        ExportFilter filter = new FilterForm(group, from, to).filter(quizId);
        boolean byteOrderMark = !"false".equals(bom);
        return Response.ok(exporter.stream(exportKind, gradePolicy, filter, byteOrderMark))
                .header("Content-Disposition", ContentDisposition.attachment(ScoreCsvExporter.fileName(exportKind, filter, LocalDate.now())))
                .build();
    }
}
