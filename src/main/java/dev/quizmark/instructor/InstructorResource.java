package dev.quizmark.instructor;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.instructor.ResultsService.AttemptRow;
import dev.quizmark.instructor.ResultsService.ItemRow;
import dev.quizmark.instructor.ResultsService.Overview;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Results for instructors: dashboard, per-quiz statistics, students' attempts and CSV exports. */
@Path("/instructor")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
public class InstructorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<Overview> quizzes, List<QuizProblem> problems, Filter filter);

        static native TemplateInstance results(Overview overview, String histogram, List<ItemRow> items, List<AttemptRow> attempts,
                Filter filter);

        static native TemplateInstance student(Account student, List<AttemptRow> attempts);

        static native TemplateInstance attempt(Attempt attempt, Account student, Quiz quiz, List<AttemptAnswers> answers);

        static native TemplateInstance badFilter(String field, String value);
    }

    /** A filter value that cannot be read; pages answer with a form-friendly page, exports with plain text. */
    static class FilterProblem extends RuntimeException {
        final String field;
        final String value;

        FilterProblem(String field, String value, String message) {
            super(field + ": " + message + ", got \"" + value + "\"");
            this.field = field;
            this.value = value;
        }
    }

    @ServerExceptionMapper
    public Response badFilter(FilterProblem problem, UriInfo uri) {
        if (uri.getPath().endsWith(".csv")) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity(problem.getMessage()).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.badFilter(problem.field, problem.value)).build();
    }

    /** The filter as typed, for re-filling the form and building export links. */
    public record Filter(String group, String from, String to) {
        public String query() {
            return "group=" + encode(group) + "&from=" + encode(from) + "&to=" + encode(to);
        }

        private static String encode(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
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
        List<Overview> quizzes = catalog.openQuizzes().stream()
                .map(quiz -> results.overview(quiz, results.attempts(filter(quiz.id(), group, from, to), false, null))).toList();
        return Templates.dashboard(quizzes, catalog.problems(), new Filter(group, from, to));
    }

    @GET
    @Path("quizzes/{quizId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance quiz(@PathParam("quizId") String quizId, @QueryParam("group") String group,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Quiz quiz = catalog.current(quizId).orElseThrow(NotFoundException::new);
        ExportFilter filter = filter(quizId, group, from, to);
        List<AttemptRow> attempts = results.attempts(filter, false, null);
        List<AttemptRow> submitted = attempts.stream().filter(a -> "SUBMITTED".equals(a.status())).toList();
        Overview overview = results.overview(quiz, attempts);
        String histogram = HistogramSvg.render(overview.stats().histogram(), quiz.title());
        return Templates.results(overview, histogram, results.items(quiz, filter, submitted), attempts, new Filter(group, from, to));
    }

    @GET
    @Path("students/{accountId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance student(@PathParam("accountId") long accountId) {
        Account student = Account.<Account>findByIdOptional(accountId).orElseThrow(NotFoundException::new);
        return Templates.student(student, results.attempts(new ExportFilter(null, null, null, null), false, accountId));
    }

    @GET
    @Path("attempts/{attemptId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance attempt(@PathParam("attemptId") long attemptId) {
        Attempt attempt = Attempt.<Attempt>findByIdOptional(attemptId).orElseThrow(NotFoundException::new);
        Quiz quiz = catalog.version(attempt.contentHash).orElseThrow(NotFoundException::new);
        return Templates.attempt(attempt, Account.findById(attempt.accountId), quiz,
                AttemptAnswers.of(quiz, QuestionResponse.ofAttempt(attemptId)));
    }

    @GET
    @Path("export/{kind}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@PathParam("kind") String kind, @QueryParam("quiz") String quizId, @QueryParam("group") String group,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("policy") String policy,
            @QueryParam("bom") String bom) {
        ScoreCsvExporter.Kind exportKind = parse(ScoreCsvExporter.Kind.class, kind, "kind", ScoreCsvExporter.Kind.GRADES);
        ScoreCsvExporter.Policy gradePolicy = parse(ScoreCsvExporter.Policy.class, policy, "policy", ScoreCsvExporter.Policy.BEST);
        String quiz = blankToNull(quizId);
        if (quiz != null && !Quiz.isId(quiz)) {
            throw new FilterProblem("quiz", quizId, "expected a quiz id (lower-case letters, digits and dashes)");
        }
        ExportFilter filter = filter(quiz, group, from, to);
        boolean byteOrderMark = !"false".equals(bom);
        StreamingOutput body = out -> exporter.write(exportKind, gradePolicy, filter, byteOrderMark, out);
        String name = "quizmark-" + exportKind.name().toLowerCase(Locale.ROOT) + "-" + (quiz == null ? "all" : quiz)
                + "-" + LocalDate.now() + ".csv";
        return Response.ok(body).header("Content-Disposition", ContentDisposition.attachment(name)).build();
    }

    private static ExportFilter filter(String quizId, String group, String from, String to) {
        return new ExportFilter(quizId, blankToNull(group), date(from, "from"), date(to, "to"));
    }

    private static LocalDate date(String value, String field) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            // LocalDate takes years up to ±999,999,999, where the filter's day arithmetic overflows.
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new DateTimeParseException("year out of range", value, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new FilterProblem(field, value, "expected a date like 2025-10-01");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, E fallback) {
        if (blankToNull(value) == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FilterProblem(field, value, "unknown value");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
