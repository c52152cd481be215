package dev.quizmark.attempt;

import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.Role;
import dev.quizmark.quiz.Question;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Taking one attempt: the question pages, saving (a form post that redirects back, and a per-question
 * background save for the script), the submit confirmation, and the result with its review. Only the
 * attempt's owner gets anything; everyone else gets 404.
 */
@Path("/attempts/{id}")
@RolesAllowed(Role.STUDENT_ROLE)
public class AttemptResource {

    /** @param unanswered numbers (as shown) of unanswered questions, with their page */
    public record Unanswered(int number, int page, String id) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attempt(AttemptPageView view);

        static native TemplateInstance confirm(long attemptId, String quizTitle, List<Unanswered> unanswered, int total,
                String timeLeft);

        static native TemplateInstance review(ReviewView view);
    }

    @Inject
    AttemptService attempts;

    @Inject
    CurrentAccount me;

    @Inject
    Times times;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("saved") boolean saved,
            @QueryParam("cut") String cut) {
        Instant now = Instant.now();
        Attempt attempt = attempts.load(id, me.require().id, now);
        if (attempt.isSubmitted()) {
            return seeOther("/attempts/" + id + "/review");
        }
        AttemptLayout layout = new AttemptLayout(attempts.version(attempt), attempt.seed);
        AttemptPageView view = AttemptPageView.build(attempt, layout, attempts.responses(id), page == null ? 1 : page,
                messages(), times, now, attempts.grace(), saved, cut);
        return Response.ok(Templates.attempt(view)).build();
    }

    /**
     * The form post without JavaScript: saves every question of the page, then redirects (post/redirect/get)
     * to where the pressed button leads: {@code go} = save | next | previous | submit, or {@code check} =
     * a question id to grade now (immediate feedback).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Instant now = Instant.now();
        long accountId = me.require().id;
        Attempt attempt = attempts.load(id, accountId, now);
        if (attempt.isSubmitted()) {
            throw new AttemptProblem(AttemptProblem.Reason.ALREADY_SUBMITTED);
        }
        AttemptLayout layout = new AttemptLayout(attempts.version(attempt), attempt.seed);
        Map<String, List<String>> answers = read(layout, form, form.getOrDefault(ResponseForm.PRESENT, List.of()));
        String check = form.getFirst("check");
        if (check != null && layout.quiz().question(check).isEmpty()) {
            throw new AttemptProblem(AttemptProblem.Reason.UNKNOWN_QUESTION);
        }
        attempts.save(id, accountId, answers, check == null ? Set.of() : Set.of(check), now);
        int page = parsePage(form.getFirst("page"));
        String go = form.getFirst("go");
        String cut = answers.keySet().stream().filter(q -> tooLong(layout, q, form)).findFirst().orElse(null);
        if (cut != null) {
            // Back to the same page whatever was pressed, so the student sees which answer was shortened.
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
        Instant now = Instant.now();
        long accountId = me.require().id;
        Attempt attempt = attempts.load(id, accountId, now);
        if (attempt.isSubmitted()) {
            throw new AttemptProblem(attempt.autoSubmitted ? AttemptProblem.Reason.TIME_UP : AttemptProblem.Reason.ALREADY_SUBMITTED);
        }
        AttemptLayout layout = new AttemptLayout(attempts.version(attempt), attempt.seed);
        Map<String, List<String>> answers = read(layout, form, List.of(questionId));
        int answered = attempts.save(id, accountId, answers, Set.of(), now);
        return Map.of("saved", true, "questionId", questionId, "answered", answered,
                "total", layout.quiz().questions().size(), "cut", tooLong(layout, questionId, form));
    }

    @GET
    @Path("submit")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("id") long id) {
        Instant now = Instant.now();
        Attempt attempt = attempts.load(id, me.require().id, now);
        if (attempt.isSubmitted()) {
            return seeOther("/attempts/" + id + "/review");
        }
        AttemptLayout layout = new AttemptLayout(attempts.version(attempt), attempt.seed);
        Map<String, QuestionResponse> saved = attempts.responses(id);
        List<Question> ordered = layout.questions();
        int pageSize = layout.quiz().settings().pageSize() > 0 ? layout.quiz().settings().pageSize() : ordered.size();
        List<Unanswered> unanswered = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            QuestionResponse r = saved.get(ordered.get(i).id());
            if (r == null || !Answers.isAnswered(r.answer())) {
                unanswered.add(new Unanswered(i + 1, i / Math.max(1, pageSize) + 1, ordered.get(i).id()));
            }
        }
        String timeLeft = attempt.timeLeft(now).map(Times::clock).orElse(null);
        return Response.ok(Templates.confirm(id, layout.quiz().title(), unanswered, ordered.size(), timeLeft)).build();
    }

    /** Idempotent: a second submit (double click, other tab, resent form) just shows the result. */
    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id) {
        attempts.submitByStudent(id, me.require().id, Instant.now());
        return seeOther("/attempts/" + id + "/review");
    }

    @GET
    @Path("review")
    @Produces(MediaType.TEXT_HTML)
    public Response review(@PathParam("id") long id) {
        Instant now = Instant.now();
        Attempt attempt = attempts.load(id, me.require().id, now);
        if (!attempt.isSubmitted()) {
            return seeOther("/attempts/" + id);
        }
        AttemptLayout layout = new AttemptLayout(attempts.version(attempt), attempt.seed);
        ReviewView view = ReviewView.build(attempt, layout, attempts.responses(id), attempts.closesAt(attempt), messages(),
                times, now);
        return Response.ok(Templates.review(view)).build();
    }

    private static Map<String, List<String>> read(AttemptLayout layout, MultivaluedMap<String, String> form,
            List<String> questionIds) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String questionId : questionIds) {
            Question question = layout.quiz().question(questionId)
                    .orElseThrow(() -> new AttemptProblem(AttemptProblem.Reason.UNKNOWN_QUESTION));
            answers.put(questionId, ResponseForm.read(question, layout, form));
        }
        return answers;
    }

    private static boolean tooLong(AttemptLayout layout, String questionId, MultivaluedMap<String, String> form) {
        return ResponseForm.tooLong(layout.quiz().question(questionId).orElseThrow(), form);
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private AttemptMessages messages() {
        return MessageBundles.get(AttemptMessages.class, Localized.Literal.of(me.getLanguage()));
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
