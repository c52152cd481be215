package dev.quizmark.live;

import dev.quizmark.account.Account;
import dev.quizmark.account.ClientAddress;
import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.SignInThrottle;
import dev.quizmark.account.ThrottleCounter;
import dev.quizmark.app.QuizmarkConfig;
import dev.quizmark.question.PostedForm;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Playing on a phone: joining by PIN at {@code /live}, the phone page, answering, and the phone's event stream.
 * Open to guests (when the host allows them), so every session page checks that the visitor is one of its
 * players: by account when signed in, else by the guest cookie; anyone else is sent to the join page.
 */
@Path("/live")
@PermitAll
public class LivePlayResource {

    /** A guest's rejoin token; only its hash is stored. */
    static final String COOKIE = "quizmark-live";

    @Inject
    LiveService live;

    @Inject
    LiveViews views;

    @Inject
    LiveBus bus;

    @Inject
    CurrentAccount me;

    @Inject
    CsrfTokenParameterProvider csrf;

    @Inject
    QuizmarkConfig config;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServerRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance joinPage(@QueryParam("pin") String pin) {
        return LivePages.Templates.join(pin, me.isSignedIn(), null);
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response join(@FormParam("pin") String pin, @FormParam("nickname") String nickname, @CookieParam(COOKIE) String token) {
        // Six digits are few: an address that typed many PINs of no session waits before it may try more.
        String address = ClientAddress.of(request);
        Duration wait = throttle.codeWait(ThrottleCounter.Scope.LIVE_PIN, address, Instant.now());
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            return Response.status(429).header("Retry-After", seconds).type(MediaType.TEXT_HTML)
                    .entity(LivePages.Templates.join(pin, me.isSignedIn(), me.messages(LiveMessages.class).pinWait(seconds)))
                    .build();
        }
        try {
            LiveService.Joined joined = live.join(pin, account(), nickname, token, Instant.now());
            Response.ResponseBuilder redirect = Response.seeOther(URI.create("/live/sessions/" + joined.player().sessionId));
            if (joined.token() != null) {
                redirect.cookie(new NewCookie.Builder(COOKIE).value(joined.token()).path("/live").httpOnly(true)
                        .secure(config.http().secureCookies()).sameSite(NewCookie.SameSite.LAX).maxAge(12 * 3600).build());
            }
            return redirect.build();
        } catch (LiveProblem problem) {
            if (problem.reason == LiveProblem.Reason.NOT_FOUND) {
                throttle.codeFailed(ThrottleCounter.Scope.LIVE_PIN, address, Instant.now());
            }
            return Response.status(problem.reason.status).type(MediaType.TEXT_HTML)
                    .entity(LivePages.Templates.join(pin, me.isSignedIn(), message(problem))).build();
        }
    }

    /** The phone page; a reload or a new connection shows the same player with the same score. */
    @GET
    @Path("sessions/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response phone(@PathParam("id") long id, @CookieParam(COOKIE) String token) {
        LivePlayer player = live.player(id, account(), token).orElse(null);
        if (player == null) {
            return Response.seeOther(URI.create("/live")).build();
        }
        return Response.ok(page(id, player, null)).build();
    }

    /**
     * An answer: a plain, idempotent form post (a second one changes nothing). Taken, it redirects back to the
     * phone page; too late, the page comes back with 409 and says so.
     */
    @POST
    @Path("sessions/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response answer(@PathParam("id") long id, @CookieParam(COOKIE) String token, MultivaluedMap<String, String> form) {
        LivePlayer player = live.player(id, account(), token).orElseThrow(() -> new LiveProblem(LiveProblem.Reason.NOT_FOUND));
        String questionId = form.getFirst("question");
        Instant now = Instant.now();
        try {
            if (live.answer(id, player, questionId == null ? "" : questionId, new PostedForm(form), now)) {
                live.closeIfAllAnswered(id, questionId, Instant.now());
            }
        } catch (LiveProblem problem) {
            return Response.status(problem.reason.status).entity(page(id, player, message(problem))).build();
        }
        return Response.seeOther(URI.create("/live/sessions/" + id)).build();
    }

    /** The phone's stream: a full snapshot for this player first, then every change. */
    @GET
    @Path("sessions/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long id, @CookieParam(COOKIE) String token, @Context SseEventSink sink, @Context Sse sse) {
        LivePlayer player = live.player(id, account(), token).orElseThrow(() -> new LiveProblem(LiveProblem.Reason.NOT_FOUND));
        bus.open(new LiveBus.Stream(id, player.id, null, me.getLanguage(), sink, sse));
    }

    private TemplateInstance page(long id, LivePlayer player, String notice) {
        LiveSnapshot snap = views.snapshot(id).orElseThrow(() -> new LiveProblem(LiveProblem.Reason.NOT_FOUND));
        return LivePages.Templates.phone(views.phone(snap, player.id, csrf.getToken()), notice);
    }

    private Account account() {
        return me.account().orElse(null);
    }

    private String message(LiveProblem problem) {
        return LiveWords.problem(problem.reason, me.messages(LiveMessages.class));
    }
}
