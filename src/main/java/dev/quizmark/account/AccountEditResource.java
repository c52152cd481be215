package dev.quizmark.account;

import dev.quizmark.audit.AuditEntry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * One account's page for instructors: edit its details, confirm a password reset, disabling or deletion before it
 * happens, grant or revoke the admin flag (admins only), and the account's audit trail. Other instructors'
 * accounts need the admin flag ({@link Account#manageableBy}).
 */
@Path("/instructor/accounts/{id:\\d+}")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
@Produces(MediaType.TEXT_HTML)
public class AccountEditResource {

    /** One audit line with the actor's username. */
    public record HistoryRow(AuditEntry entry, String by) {
    }

    public enum Action { RESET, DISABLE, DELETE }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Account account, AccountForm form, AccountFormErrors errors, String done,
                boolean canGrant, List<HistoryRow> history);

        static native TemplateInstance confirm(Account account, String action);
    }

    @Inject
    AccountManagement management;

    @Inject
    AccountAdmin admin;

    @Inject
    CurrentAccount me;

    @GET
    @Path("edit")
    public TemplateInstance page(@RestPath long id, @RestQuery String done) {
        Account account = manageable(id);
        return Templates.edit(account, AccountForm.of(account.username, account.displayName, account.studentNumber,
                account.groupName, account.email, null), AccountFormErrors.NONE, done, canGrant(account), history(id));
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestForm String displayName, @RestForm String studentNumber,
            @RestForm String group, @RestForm String email) {
        Account account = manageable(id);
        AccountForm form = AccountForm.of(account.username, displayName, studentNumber, group, email, null);
        // The username is not editable and there is no password here: only the detail fields are checked.
        List<AccountForm.FieldProblem> problems = form.validate(username -> false).stream()
                .filter(p -> !p.field().equals("username") && !p.field().equals("password")).toList();
        if (!problems.isEmpty()) {
            AccountFormErrors errors = new AccountFormErrors(AccountFormErrors.of(me.messages(AccountMessages.class), problems));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.edit(account, form, errors, null, canGrant(account), history(id))).build();
        }
        List<String> changed = management.edit(id, form.displayName(), form.studentNumber(), form.group(), form.email(),
                me.require().id);
        return Response.seeOther(URI.create("/instructor/accounts/" + id + "/edit?done=" + (changed.isEmpty() ? "unchanged" : "saved")))
                .build();
    }

    /** The confirmation before a reset, a disabling or a deletion; its form posts to the action itself. */
    @GET
    @Path("confirm/{action}")
    public TemplateInstance confirm(@RestPath long id, @RestPath String action) {
        Account account = manageable(id);
        Action chosen;
        try {
            chosen = Action.valueOf(action.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (chosen != Action.RESET && account.id.equals(me.require().id)) {
            throw new ForbiddenException();
        }
        return Templates.confirm(account, chosen.name().toLowerCase(java.util.Locale.ROOT));
    }

    @POST
    @Path("delete")
    public Response delete(@RestPath long id) {
        Account account = manageable(id);
        if (account.id.equals(me.require().id)) {
            throw new ForbiddenException();
        }
        management.delete(id, me.require().id);
        return Response.seeOther(URI.create("/instructor/accounts/" + id + "/edit?done=deleted")).build();
    }

    @POST
    @Path("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admin(@RestPath long id, @RestForm String grant) {
        Account account = admin.find(id).orElseThrow(NotFoundException::new);
        if (!canGrant(account)) {
            throw new ForbiddenException();
        }
        management.setAdmin(id, "true".equals(grant), me.require().id);
        return Response.seeOther(URI.create("/instructor/accounts/" + id + "/edit?done=saved")).build();
    }

    private Account manageable(long id) {
        Account account = admin.find(id).orElseThrow(NotFoundException::new);
        if (!account.manageableBy(me.require())) {
            throw new ForbiddenException();
        }
        return account;
    }

    /** Admins grant and revoke the flag on other instructors (never on themselves, so one always remains). */
    private boolean canGrant(Account account) {
        Account actor = me.require();
        return actor.admin && account.role == Role.INSTRUCTOR && !Objects.equals(account.id, actor.id)
                && account.deletedAt == null;
    }

    private static List<HistoryRow> history(long id) {
        return AuditEntry.aboutAccount(id).stream().map(e -> new HistoryRow(e, e.actorId == null ? ""
                : Account.<Account>findByIdOptional(e.actorId).map(a -> a.username).orElse("?"))).toList();
    }
}
