package dev.quizmark.attempt;

import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.Role;
import dev.quizmark.question.AnswerFields;
import dev.quizmark.question.PostedForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Taking one attempt: the question pages, saving (a form post that redirects back, and a per-question
 * background save for the script), the submit confirmation, and the result with its review. Only the
 * attempt's owner gets anything; everyone else gets 404.
 */
@Path("/attempts/{id}")
@RolesAllowed(Role.STUDENT_ROLE)
public class AttemptResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attempt(AttemptPageView view);

        static native TemplateInstance confirm(ConfirmView view);

        static native TemplateInstance review(ReviewView view);
    }

    @Inject
    AttemptService attempts;

    @Inject
    AttemptViews views;

    @Inject
    CurrentAccount me;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("saved") boolean saved,
            @QueryParam("cut") String cut) {
        return show(id, false, (attempt, now) -> Templates.attempt(views.page(attempt, page == null ? 1 : page, saved, cut, now)));
    }

    /**
     * The form post without JavaScript: saves every question of the page, then redirects (post/redirect/get)
     * to where the pressed button leads: {@code go} = save | next | previous | submit, or {@code check} =
     * a question id to grade now (immediate feedback). A typed answer longer than {@link PostedForm#MAX_TEXT} is
     * saved cut short, and the page comes back (whatever was pressed) saying so.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String check = form.getFirst("check");
        PostedForm posted = new PostedForm(form);
        List<String> questionIds = form.getOrDefault(AnswerFields.PRESENT, List.of());
        attempts.save(id, me.id(), posted, questionIds, check == null ? Set.of() : Set.of(check), Instant.now());
        int page = parsePage(form.getFirst("page"));
        String go = form.getFirst("go");
        String cut = questionIds.stream().filter(q -> posted.tooLong(new AnswerFields(q))).findFirst().orElse(null);
        if (cut != null) {
            return seeOther("/attempts/" + id + "?page=" + page + "&cut=" + cut + "#q-" + cut);
        }
        if (check != null) {
            return seeOther("/attempts/" + id + "?page=" + page + "#q-" + check);
        }
        if ("submit".equals(go)) {
            return seeOther("/attempts/" + id + "/submit");
        }
        if ("next".equals(go) || "previous".equals(go)) {
            return seeOther("/attempts/" + id + "?page=" + (page + ("next".equals(go) ? 1 : -1)));
        }
        return seeOther("/attempts/" + id + "?page=" + page + "&saved=true");
    }

    /**
     * The script's background save of one question. Same fields as the form; answers with JSON, errors
     * too ({@code {"error": "...", "code": "..."}}, see {@link AttemptProblemMapper}).
     */
    @POST
    @Path("questions/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> saveQuestion(@PathParam("id") long id, @PathParam("questionId") String questionId,
            MultivaluedMap<String, String> form) {
        PostedForm posted = new PostedForm(form);
        AttemptService.Saved saved = attempts.save(id, me.id(), posted, List.of(questionId), Set.of(), Instant.now());
        return Map.of("saved", true, "questionId", questionId, "answered", saved.answered(), "total", saved.total(),
                "cut", posted.tooLong(new AnswerFields(questionId)));
    }

    @GET
    @Path("submit")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("id") long id) {
        return show(id, false, (attempt, now) -> Templates.confirm(views.confirm(attempt, now)));
    }

    /** Idempotent: a second submit (double click, other tab, resent form) just shows the result. */
    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id) {
        attempts.submitByStudent(id, me.id(), Instant.now());
        return seeOther("/attempts/" + id + "/review");
    }

    @GET
    @Path("review")
    @Produces(MediaType.TEXT_HTML)
    public Response review(@PathParam("id") long id) {
        return show(id, true, (attempt, now) -> Templates.review(views.review(attempt, now)));
    }

    /**
     * A page of the student's own attempt, when the attempt is in the state the page is for ({@code submitted} or
     * not); otherwise a redirect to where that state is shown: the questions, or the result.
     */
    private Response show(long id, boolean submitted, BiFunction<Attempt, Instant, TemplateInstance> page) {
        Instant now = Instant.now();
        Attempt attempt = attempts.load(id, me.id(), now);
        if (attempt.isSubmitted() != submitted) {
            return seeOther(attempt.isSubmitted() ? "/attempts/" + id + "/review" : "/attempts/" + id);
        }
        return Response.ok(page.apply(attempt, now)).build();
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
