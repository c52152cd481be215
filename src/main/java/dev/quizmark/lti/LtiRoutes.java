package dev.quizmark.lti;

import dev.quizmark.app.Languages;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The endpoints a learning platform posts to across sites: OIDC login initiation, the launch, the ticket that
 * opens a session in a window of its own, and the deep-linking choice. They are Vert.x routes rather than REST
 * resources because the platform's form posts cannot carry our CSRF cookie; each is protected by what LTI
 * gives instead (state and nonce, the signed id_token, or a signed one-time ticket of ours in the page).
 * Their pages may be framed by the platform ({@code quizmark.lti.frame-ancestors}).
 */
@ApplicationScoped
public class LtiRoutes {

    private static final Logger LOG = Logger.getLogger(LtiRoutes.class);
    static final String STATE_COOKIE = "quizmark-lti-state";

    @CheckedTemplate(basePath = "LtiPages")
    static class Pages {
        static native TemplateInstance launched(String lang, String name, String ticket);

        static native TemplateInstance chooser(String lang, String ticket, List<Quiz> quizzes);

        static native TemplateInstance returnToPlatform(String lang, String returnUrl, String jwt);

        static native TemplateInstance problem(String lang, String message);
    }

    @Inject
    LaunchStates states;

    @Inject
    IdTokenValidator validator;

    @Inject
    LaunchService launches;

    @Inject
    LtiSessions sessions;

    @Inject
    DeepLinking deepLinking;

    @Inject
    QuizCatalog catalog;

    @Inject
    dev.quizmark.app.QuizmarkConfig config;

    void routes(@Observes Router router) {
        router.route("/lti/login").method(HttpMethod.GET).method(HttpMethod.POST).handler(BodyHandler.create().setBodyLimit(64 * 1024))
                .blockingHandler(this::login, false);
        router.post("/lti/launch").handler(BodyHandler.create().setBodyLimit(256 * 1024)).blockingHandler(this::launch, false);
        router.get("/lti/framed").blockingHandler(this::framed, false);
        router.post("/lti/session").handler(BodyHandler.create().setBodyLimit(64 * 1024)).blockingHandler(this::session, false);
        router.post("/lti/deep-link").handler(BodyHandler.create().setBodyLimit(64 * 1024)).blockingHandler(this::deepLink, false);
    }

    /** OIDC third-party-initiated login: remember state and nonce, then send the browser to the platform. */
    void login(RoutingContext http) {
        MultiMap params = http.request().params();
        if (http.request().method() == HttpMethod.POST) {
            params = MultiMap.caseInsensitiveMultiMap().addAll(params).addAll(http.request().formAttributes());
        }
        String issuer = params.get("iss");
        String clientId = params.get("client_id");
        String loginHint = params.get("login_hint");
        String targetLinkUri = params.get("target_link_uri");
        try {
            if (issuer == null || loginHint == null || targetLinkUri == null) {
                throw new LaunchProblem(LaunchProblem.Kind.BAD_REQUEST, "login without iss, login_hint or target_link_uri");
            }
            LtiRegistration registration = registration(issuer, clientId);
            LaunchStates.State state = states.create(registration.id, Instant.now());
            Map<String, String> query = new LinkedHashMap<>();
            query.put("scope", "openid");
            query.put("response_type", "id_token");
            query.put("response_mode", "form_post");
            query.put("prompt", "none");
            query.put("client_id", registration.clientId);
            query.put("redirect_uri", baseUrl(http) + "/lti/launch");
            query.put("login_hint", loginHint);
            if (params.get("lti_message_hint") != null) {
                query.put("lti_message_hint", params.get("lti_message_hint"));
            }
            query.put("state", state.state());
            query.put("nonce", state.nonce());
            String location = registration.authLoginUrl + (registration.authLoginUrl.contains("?") ? "&" : "?")
                    + query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            // Binds the launch to this browser where the iframe keeps cookies; the database copy covers the rest.
            setCookie(http, STATE_COOKIE, state.state(), "/lti", LaunchStates.STATE_LIFETIME.toSeconds());
            http.response().setStatusCode(302).putHeader("Location", location).putHeader("Cache-Control", "no-store").end();
        } catch (LaunchProblem problem) {
            refuse(http, problem);
        }
    }

    private LtiRegistration registration(String issuer, String clientId) throws LaunchProblem {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            if (clientId != null && !clientId.isBlank()) {
                return LtiRegistration.byIssuerAndClient(issuer, clientId);
            }
            List<LtiRegistration> all = LtiRegistration.byIssuer(issuer);
            return all.size() == 1 ? Optional.of(all.get(0)) : Optional.<LtiRegistration>empty();
        }).orElseThrow(() -> new LaunchProblem(LaunchProblem.Kind.BAD_REQUEST, "no registration for " + issuer + " / " + clientId));
    }

    /** The launch: check everything, sign the person in for this course, and show where to go. */
    void launch(RoutingContext http) {
        Instant now = Instant.now();
        MultiMap form = http.request().formAttributes();
        try {
            Cookie stateCookie = http.request().getCookie(STATE_COOKIE);
            String state = form.get("state");
            if (stateCookie != null && !stateCookie.getValue().equals(state)) {
                throw new LaunchProblem(LaunchProblem.Kind.STATE, "state differs from this browser's login");
            }
            LaunchStates.State login = states.consume(state, now)
                    .orElseThrow(() -> new LaunchProblem(LaunchProblem.Kind.STATE, "unknown, used or expired state"));
            LtiRegistration registration = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> LtiRegistration.<LtiRegistration>findByIdOptional(login.registrationId()))
                    .orElseThrow(() -> new LaunchProblem(LaunchProblem.Kind.STATE, "registration removed"));
            LaunchClaims claims = validator.validate(form.get("id_token"), registration, login.nonce(), now);
            LaunchService.Launched launched = launches.launch(claims);
            setCookie(http, STATE_COOKIE, "", "/lti", 0);
            setCookie(http, LtiSessions.COOKIE, sessions.session(launched.session(), now), "/", -1);
            String lang = language(http);
            if (claims.deepLinking()) {
                page(http, 200, Pages.chooser(lang, deepLinking.ticket(claims, now), catalog.openQuizzes()), null);
            } else if ("document".equals(http.request().getHeader("Sec-Fetch-Dest"))) {
                // Launched into a window of its own: the cookie works, go straight to the quiz.
                http.response().setStatusCode(303).putHeader("Location", launched.target()).end();
            } else {
                // In the platform's iframe: whether the frame kept the session cookie shows on the next request.
                String ticket = sessions.ticket(launched.session(), now);
                frameable(http, null);
                http.response().setStatusCode(303).putHeader("Cache-Control", "no-store")
                        .putHeader("Location", "/lti/framed?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8)).end();
            }
        } catch (LaunchProblem problem) {
            refuse(http, problem);
        }
    }

    /**
     * The launch's next stop inside the iframe. When the frame sent back the LTI session cookie the launch set,
     * the quiz opens right here in the frame. When it did not (the browser blocks third-party cookies), the page
     * says so and offers the ticket: "Open the quiz" takes it to a window of its own, where Quizmark is first-party.
     */
    void framed(RoutingContext http) {
        Instant now = Instant.now();
        String ticket = http.request().getParam("ticket");
        Optional<LtiSessions.Session> launched = sessions.peekTicket(ticket, now).filter(launches::stillValid);
        if (launched.isEmpty()) {
            refuse(http, new LaunchProblem(LaunchProblem.Kind.STATE, "ticket invalid, used or expired"));
            return;
        }
        Cookie cookie = http.request().getCookie(LtiSessions.COOKIE);
        Optional<LtiSessions.Session> kept = cookie == null ? Optional.empty() : sessions.readSession(cookie.getValue(), now);
        if (kept.isPresent() && kept.get().username().equals(launched.get().username())
                && kept.get().contextId() == launched.get().contextId()) {
            frameable(http, null);
            http.response().setStatusCode(303).putHeader("Cache-Control", "no-store").putHeader("Location", launched.get().target()).end();
            return;
        }
        String name = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> dev.quizmark.account.Account.findByUsername(launched.get().username()).map(a -> a.displayName).orElse(""));
        page(http, 200, Pages.launched(language(http), name, ticket), null);
    }

    /** The launch page's ticket, used in a new window: a first-party session, then the quiz. */
    void session(RoutingContext http) {
        Instant now = Instant.now();
        Optional<LtiSessions.Session> session = sessions.redeemTicket(http.request().getFormAttribute("ticket"), now)
                .filter(launches::stillValid);
        if (session.isEmpty()) {
            refuse(http, new LaunchProblem(LaunchProblem.Kind.STATE, "ticket invalid, used or expired"));
            return;
        }
        setCookie(http, LtiSessions.COOKIE, sessions.session(session.get(), now), "/", -1);
        http.response().setStatusCode(303).putHeader("Location", session.get().target()).end();
    }

    /** The instructor's choice in the deep-linking chooser: answer the platform with a signed response. */
    void deepLink(RoutingContext http) {
        Instant now = Instant.now();
        Optional<DeepLinking.Request> request = deepLinking.redeem(http.request().getFormAttribute("ticket"), now);
        Optional<Quiz> quiz = Optional.ofNullable(http.request().getFormAttribute("quiz")).filter(Quiz::isId)
                .flatMap(catalog::current);
        if (request.isEmpty() || quiz.isEmpty()) {
            refuse(http, new LaunchProblem(request.isEmpty() ? LaunchProblem.Kind.STATE : LaunchProblem.Kind.NO_QUIZ,
                    "deep-link choice refused"));
            return;
        }
        Optional<LtiRegistration> registration = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> LtiRegistration.<LtiRegistration>findByIdOptional(request.get().registrationId()));
        if (registration.isEmpty()) {
            refuse(http, new LaunchProblem(LaunchProblem.Kind.STATE, "registration removed"));
            return;
        }
        String jwt = deepLinking.response(registration.get(), request.get(), quiz.get(), baseUrl(http) + "/lti/launch", now);
        page(http, 200, Pages.returnToPlatform(language(http), request.get().returnUrl(), jwt), origin(request.get().returnUrl()));
    }

    private void refuse(RoutingContext http, LaunchProblem problem) {
        LOG.infof("LTI refused (%s): %s", problem.kind, problem.getMessage());
        String lang = language(http);
        LtiMessages msg = MessageBundles.get(LtiMessages.class, Localized.Literal.of(lang));
        String message = switch (problem.kind) {
            case BAD_REQUEST -> msg.problemBadRequest();
            case STATE -> msg.problemState();
            case TOKEN -> msg.problemToken();
            case PLATFORM_KEYS -> msg.problemPlatformKeys();
            case CONTEXT_NOT_APPROVED -> msg.problemContextNotApproved();
            case FORBIDDEN -> msg.problemForbidden();
            case NO_QUIZ -> msg.problemNoQuiz();
        };
        page(http, problem.kind.status, Pages.problem(lang, message), null);
    }

    /** A page the platform may frame; a form may also post to {@code formTarget} (the platform's return URL). */
    private void page(RoutingContext http, int status, TemplateInstance page, String formTarget) {
        String html = page.setLocale(language(http)).render();
        frameable(http, formTarget);
        http.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Cache-Control", "no-store");
        http.response().end(html);
    }

    /** The platform may frame this response (a page, or a redirect on the way to one). */
    private void frameable(RoutingContext http, String formTarget) {
        http.response().putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
                + " object-src 'none'; base-uri 'none'; form-action 'self'" + (formTarget == null ? "" : " " + formTarget)
                + "; frame-ancestors 'self' " + config.lti().frameAncestors());
        http.response().headers().remove("X-Frame-Options");
    }

    /**
     * A cookie that must reach us from inside the platform's iframe: SameSite=None (so the cross-site frame sends
     * it), hence Secure, and Partitioned, so browsers that block third-party cookies still keep it for this
     * platform's frame (CHIPS). Plain HTTP development without secure cookies keeps SameSite=Lax.
     */
    private void setCookie(RoutingContext http, String name, String value, String path, long maxAge) {
        Cookie cookie = Cookie.cookie(name, value).setPath(path).setHttpOnly(true);
        if (maxAge >= 0) {
            cookie.setMaxAge(maxAge);
        }
        if (config.http().secureCookies()) {
            cookie.setSecure(true).setSameSite(CookieSameSite.NONE);
        } else {
            cookie.setSameSite(CookieSameSite.LAX);
        }
        // Vert.x's Cookie has no Partitioned attribute yet, so it is appended to the encoded header.
        http.response().headers().add("Set-Cookie", cookie.encode() + (config.http().secureCookies() ? "; Partitioned" : ""));
    }

    private String baseUrl(RoutingContext http) {
        return config.lti().publicUrl().map(url -> url.replaceAll("/+$", "")).orElseGet(() -> origin(http.request().absoluteURI()));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String language(RoutingContext http) {
        Cookie cookie = http.request().getCookie(Languages.COOKIE);
        return Languages.resolve(cookie == null ? null : cookie.getValue(), http.request().getHeader("Accept-Language"));
    }
}
