package dev.quizmark.attempt;

import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.Role;
import dev.quizmark.question.AnswerFields;
import dev.quizmark.question.PostedForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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

    @Inject
    QuestionFlags flags;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    /** One transaction (one pooled connection): the attempt, then its responses and flags in one statement. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
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
        String leave = form.getFirst("leave");
        if (leave != null) {
            return leave(id, page, leave);
        }
        Response navigated = flagOrJump(id, form, page);
        if (navigated != null) {
            return navigated;
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

    /** The script's flag toggle of one question: {@code flagged=true|false}; answers with JSON. */
    @POST
    @Path("questions/{questionId}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> flagQuestion(@PathParam("id") long id, @PathParam("questionId") String questionId,
            @FormParam("flagged") boolean flagged) {
        flags.set(id, me.id(), questionId, flagged, Instant.now());
        return Map.of("questionId", questionId, "flagged", flagged);
    }

    /**
     * The script's countdown reached zero and its queue of unsaved answers is empty (or the grace period is
     * nearly over): submits the attempt once its deadline has passed. Answers whether it is submitted, and where
     * its result is; the script goes there, or asks again after {@code millisLeft}.
     */
    @POST
    @Path("time-up")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> timeUp(@PathParam("id") long id) {
        Instant now = Instant.now();
        Attempt attempt = attempts.timeUp(id, me.id(), now);
        return Map.of("submitted", attempt.isSubmitted(), "review", "/attempts/" + id + "/review",
                "millisLeft", attempt.timeLeft(now).map(java.time.Duration::toMillis).orElse(0L));
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

    /**
     * The form's flag buttons ({@code flag} = a question id: toggles its flag, back to the question) and the
     * question navigator's buttons ({@code goto} = page:question id), which save the page first like every other
     * button, so leaving a page without JavaScript never drops its answers. Null when neither was pressed.
     */
    private Response flagOrJump(long id, MultivaluedMap<String, String> form, int page) {
        String flag = form.getFirst("flag");
        if (flag != null && QUESTION_ID.matcher(flag).matches()) {
            boolean flagged = !flags.of(id).contains(flag);
            flags.set(id, me.id(), flag, flagged, Instant.now());
            return seeOther("/attempts/" + id + "?page=" + page + "#q-" + flag);
        }
        String jump = form.getFirst("goto");
        if (jump != null) {
            String[] target = jump.split(":", 2);
            String anchor = target.length == 2 && QUESTION_ID.matcher(target[1]).matches() ? "#q-" + target[1] : "";
            return seeOther("/attempts/" + id + "?page=" + parsePage(target[0]) + anchor);
        }
        return null;
    }

    /**
     * The page's header buttons ({@code leave} = home | live | password | logout | lang-ko | lang-en), pressed
     * after the page was saved: where the header link of every other page goes. Unknown values stay on the page.
     */
    private Response leave(long id, int page, String leave) {
        String here = "/attempts/" + id + "?page=" + page;
        return switch (leave) {
            case "home" -> seeOther("/");
            case "live" -> seeOther("/live");
            case "password" -> seeOther("/account/password");
            case "lang-ko", "lang-en" -> seeOther("/language?to=" + leave.substring(5) + "&back="
                    + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8));
            case "logout" -> {
                dev.quizmark.account.LoginResource.endSessions(me.getUsername(), identity);
                yield seeOther("/login");
            }
            default -> seeOther(here + "&saved=true");
        };
    }

    /** Question ids as quiz files allow them (kebab-case slugs); anything else never reaches a URL. */
    private static final java.util.regex.Pattern QUESTION_ID = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

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
