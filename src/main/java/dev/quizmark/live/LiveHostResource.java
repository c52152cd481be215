package dev.quizmark.live;

import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.Role;
import dev.quizmark.app.Formats;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Hosting live sessions: the start page, the host's projector page with its buttons, kicking players, and the
 * projector's event stream. Instructors only; a session is shown to its host alone (others get 404).
 */
@Path("/instructor/live")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
public class LiveHostResource {

    @Inject
    LiveService live;

    @Inject
    LiveViews views;

    @Inject
    LiveBus bus;

    @Inject
    QuizCatalog catalog;

    @Inject
    CurrentAccount me;

    @Inject
    CsrfTokenParameterProvider csrf;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance start() {
        return startPage(null);
    }

    private TemplateInstance startPage(String problem) {
        LiveMessages words = me.messages(LiveMessages.class);
        List<LivePages.StartableQuiz> quizzes = catalog.openQuizzes().stream()
                .sorted(Comparator.comparing(Quiz::title))
                .map(q -> new LivePages.StartableQuiz(q.id(), q.title(), LiveQuestions.of(q).size(), q.questions().size()))
                .toList();
        List<LivePages.HostedSession> sessions = LiveSession.ofHost(me.require().id).stream().limit(20)
                .map(s -> new LivePages.HostedSession(s.id, catalog.version(s.contentHash).map(Quiz::title).orElse(s.quizId),
                        s.pin, LiveWords.state(s.state, words), Formats.dateTime(s.createdAt)))
                .toList();
        List<Integer> teamChoices = IntStream.rangeClosed(2, LiveService.MAX_TEAMS).boxed().toList();
        return LivePages.Templates.start(quizzes, sessions, teamChoices, problem);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@FormParam("quiz") String quizId, @FormParam("seconds") String seconds, @FormParam("guests") boolean guests,
            @FormParam("streak") boolean streak, @FormParam("teams") String teams) {
        LiveService.Options options = new LiveService.Options(number(seconds, 20), guests, streak, number(teams, 0));
        try {
            LiveSession session = live.create(me.require().id, quizId, options, Instant.now());
            return Response.seeOther(URI.create("/instructor/live/" + session.id)).build();
        } catch (LiveProblem problem) {
            return Response.status(problem.reason.status)
                    .entity(startPage(LiveWords.problem(problem.reason, me.messages(LiveMessages.class)))).build();
        }
    }

    /** A number field of the start form; the form's own limits keep it in range, the service clamps it. */
    private static int number(String field, int otherwise) {
        try {
            return field == null || field.isBlank() ? otherwise : Integer.parseInt(field.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance host(@PathParam("id") long id) {
        live.hosted(id, me.require().id);
        LiveSnapshot snap = views.snapshot(id).orElseThrow(() -> new LiveProblem(LiveProblem.Reason.NOT_FOUND));
        return LivePages.Templates.host(views.host(snap, joinBase(), csrf.getToken(), me.getLanguage()));
    }

    /** A host button; a resent or stale form (its {@code seq} is not the session's) changes nothing. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @FormParam("action") String action, @FormParam("seq") long seq) {
        LiveService.Action parsed;
        try {
            parsed = LiveService.Action.valueOf(action == null ? "" : action);
        } catch (IllegalArgumentException e) {
            return Response.status(400).build();
        }
        live.act(id, me.require().id, parsed, seq, Instant.now());
        return Response.seeOther(URI.create("/instructor/live/" + id)).build();
    }

    @POST
    @Path("{id}/players/{player}/kick")
    public Response kick(@PathParam("id") long id, @PathParam("player") long player) {
        live.kick(id, me.require().id, player);
        return Response.seeOther(URI.create("/instructor/live/" + id)).build();
    }

    /** The projector's stream: a full snapshot first, then every change; the page's refresh link without it. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        live.hosted(id, me.require().id);
        bus.open(new LiveBus.Stream(id, null, joinBase(), me.getLanguage(), sink, sse));
    }

    /** This site's address as the browser reached it, for the join link and QR code. */
    private String joinBase() {
        return uri.getBaseUri().toString();
    }
}
