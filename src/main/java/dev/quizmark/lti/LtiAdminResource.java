package dev.quizmark.lti;

import dev.quizmark.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The LTI set-up for instructors who sign in with a password: what to paste into the platform, our keys and
 * their rotation, the registrations of platforms with their deployments, the courses that launched us (to
 * approve as this course, and to sync their roster) and the grade passback status. Instructors who arrived
 * through a platform launch are refused here: they teach one course and do not manage platforms.
 */
@Path("/instructor/lti")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
@Produces(MediaType.TEXT_HTML)
public class LtiAdminResource {

    static final String BASE = "/instructor/lti";

    /** The URLs a platform administrator pastes into the platform. */
    public record ToolUrls(String login, String launch, String jwks, String deepLinking) {
    }


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ToolUrls urls, List<ToolKeys.KeyInfo> keys, List<LtiRegistration> registrations,
                RegistrationForm form, List<RegistrationForm.Problem> problems);

        static native TemplateInstance registration(LtiRegistration registration, RegistrationForm form,
                List<RegistrationForm.Problem> problems, List<LtiContext> contexts, List<ScoreOutbox.Row> scores);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @Inject
    ToolKeys keys;

    @Inject
    ScoreOutbox outbox;

    @Inject
    RosterSync roster;

    @Inject
    dev.quizmark.app.QuizmarkConfig config;

    @GET
    @Transactional
    public TemplateInstance index() {
        requirePasswordInstructor();
        return index(RegistrationForm.empty(), List.of());
    }

    private TemplateInstance index(RegistrationForm form, List<RegistrationForm.Problem> problems) {
        keys.signingKey();
        String base = config.lti().publicUrl().map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> { URI uri = URI.create(request.absoluteURI()); return uri.getScheme() + "://" + uri.getRawAuthority(); });
        ToolUrls urls = new ToolUrls(base + "/lti/login", base + "/lti/launch", base + "/lti/jwks", base + "/lti/launch");
        return Templates.index(urls, keys.keys(), LtiRegistration.listAll(), form, problems);
    }

    @POST
    @Path("/registrations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@RestForm String name, @RestForm String issuer, @RestForm String clientId,
            @RestForm String authLoginUrl, @RestForm String tokenUrl, @RestForm String jwksUrl, @RestForm String deployments) {
        requirePasswordInstructor();
        RegistrationForm form = new RegistrationForm(name, issuer, clientId, authLoginUrl, tokenUrl, jwksUrl, deployments);
        List<RegistrationForm.Problem> problems = problems(form, null);
        if (!problems.isEmpty()) {
            return Response.status(400).entity(index(form, problems)).build();
        }
        LtiRegistration registration = new LtiRegistration();
        form.applyTo(registration);
        registration.persistAndFlush();
        registration.replaceDeployments(form.deploymentIds());
        return Response.seeOther(URI.create(BASE + "/registrations/" + registration.id)).build();
    }

    @GET
    @Path("/registrations/{id}")
    @Transactional
    public TemplateInstance registration(@RestPath long id) {
        requirePasswordInstructor();
        LtiRegistration registration = find(id);
        return page(registration, RegistrationForm.of(registration), List.of());
    }

    private TemplateInstance page(LtiRegistration registration, RegistrationForm form, List<RegistrationForm.Problem> problems) {
        return Templates.registration(registration, form, problems,
                LtiContext.list("registrationId = ?1 order by approved, createdAt desc", registration.id), outbox.rows(registration.id));
    }

    @POST
    @Path("/registrations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@RestPath long id, @RestForm String name, @RestForm String issuer, @RestForm String clientId,
            @RestForm String authLoginUrl, @RestForm String tokenUrl, @RestForm String jwksUrl, @RestForm String deployments) {
        requirePasswordInstructor();
        LtiRegistration registration = find(id);
        RegistrationForm form = new RegistrationForm(name, issuer, clientId, authLoginUrl, tokenUrl, jwksUrl, deployments);
        List<RegistrationForm.Problem> problems = problems(form, registration.id);
        if (!problems.isEmpty()) {
            return Response.status(400).entity(page(registration, form, problems)).build();
        }
        form.applyTo(registration);
        registration.replaceDeployments(form.deploymentIds());
        return Response.seeOther(URI.create(BASE + "/registrations/" + id)).build();
    }

    @POST
    @Path("/keys/rotate")
    public Response rotate() {
        requirePasswordInstructor();
        keys.rotate(Instant.now());
        return Response.seeOther(URI.create(BASE)).build();
    }

    @POST
    @Path("/contexts/{id}/approve")
    @Transactional
    public Response approve(@RestPath long id, @RestForm boolean approved) {
        requirePasswordInstructor();
        LtiContext context = LtiContext.<LtiContext>findByIdOptional(id).orElseThrow(NotFoundException::new);
        context.approved = approved;
        return Response.seeOther(URI.create(BASE + "/registrations/" + context.registrationId)).build();
    }

    @POST
    @Path("/contexts/{id}/roster")
    public Response syncRoster(@RestPath long id) {
        requirePasswordInstructor();
        LtiContext context = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> LtiContext.<LtiContext>findByIdOptional(id)).orElseThrow(NotFoundException::new);
        try {
            roster.sync(id);
        } catch (PlatformCallException failure) {
            // Kept on the context and shown on the page.
        }
        return Response.seeOther(URI.create(BASE + "/registrations/" + context.registrationId)).build();
    }

    @POST
    @Path("/scores/{id}/retry")
    @Transactional
    public Response retry(@RestPath long id) {
        requirePasswordInstructor();
        ScoreDelivery row = ScoreDelivery.<ScoreDelivery>findByIdOptional(id).orElseThrow(NotFoundException::new);
        long registrationId = LtiContext.<LtiContext>findById(LtiResourceLink.<LtiResourceLink>findById(row.resourceLinkId).contextId)
                .registrationId;
        outbox.retry(id, Instant.now());
        return Response.seeOther(URI.create(BASE + "/registrations/" + registrationId)).build();
    }

    private List<RegistrationForm.Problem> problems(RegistrationForm form, Long self) {
        List<RegistrationForm.Problem> problems = new java.util.ArrayList<>(form.problems());
        if (problems.isEmpty()) {
            LtiRegistration.byIssuerAndClient(form.issuer().strip(), form.clientId().strip())
                    .filter(other -> !other.id.equals(self))
                    .ifPresent(other -> problems.add(new RegistrationForm.Problem("clientId", "problemDuplicate")));
        }
        return problems;
    }

    private static LtiRegistration find(long id) {
        return LtiRegistration.<LtiRegistration>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    private void requirePasswordInstructor() {
        if (LtiSessionIdentityProvider.isLtiSession(identity)) {
            throw new ForbiddenException();
        }
    }
}
