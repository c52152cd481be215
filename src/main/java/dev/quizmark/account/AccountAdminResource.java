package dev.quizmark.account;

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
import jakarta.ws.rs.core.UriBuilder;
import dev.quizmark.instructor.CsvCells;
import java.io.IOException;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Instructors' account administration: the account list (filterable by group), new student accounts, password
 * resets, disabling and enabling, and roster import from CSV. Every change is a POST with the CSRF token.
 * Successful changes redirect (PRG), except password reset and import: their result pages show one-time
 * passwords, which are never stored, so they are rendered once in the POST response and marked no-store.
 */
@Path("/instructor/accounts")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
@Produces(MediaType.TEXT_HTML)
public class AccountAdminResource {

    static final String BASE = "/instructor/accounts";

    /** A status line above the account list; {@code error} when it reports a refusal. */
    public record Notice(String text, boolean error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Account> accounts, List<String> groups, String group, Notice notice,
                Long myId, Map<String, Instant> delayedUntil);

        /** {@code groupField}: whether the form asks for a group (always for instructors; see RegistrationResource). */
        static native TemplateInstance create(AccountForm form, AccountFormErrors errors, boolean groupField);

        static native TemplateInstance reset(AccountAdmin.Issued issued);

        static native TemplateInstance importForm(List<String> problems);

        static native TemplateInstance importProgress(RosterImports.Progress progress);
    }

    @Inject
    AccountAdmin admin;

    @Inject
    RosterImports imports;

    @Inject
    CurrentAccount me;

    @GET
    public TemplateInstance list(@RestQuery String group, @RestQuery String done, @RestQuery String who) {
        String selected = AccountRules.clean(group);
        return Templates.list(admin.list(selected), admin.groups(), selected, notice(done, who), me.id(),
                admin.signInDelays());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.create(AccountForm.of(null, null, null, null, null, null), AccountFormErrors.NONE, true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String studentNumber,
            @RestForm String group, @RestForm String email, @RestForm String password) {
        AccountForm form = AccountForm.of(username, displayName, studentNumber, group, email, password);
        List<AccountForm.FieldProblem> problems = form.validate(admin::usernameTaken);
        if (!problems.isEmpty()) {
            AccountFormErrors errors = new AccountFormErrors(AccountFormErrors.of(messages(), problems));
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.create(form.withoutPassword(), errors, true))
                    .build();
        }
        Account account = admin.createStudent(form);
        return backToList("created", account.username);
    }

    @POST
    @Path("{id:\\d+}/reset-password")
    public Response resetPassword(@RestPath long id) {
        requireManageable(id);
        AccountAdmin.Issued issued = admin.resetPassword(id).orElseThrow(NotFoundException::new);
        return oneTime(Templates.reset(issued));
    }

    @POST
    @Path("{id:\\d+}/disable")
    public Response disable(@RestPath long id) {
        if (Objects.equals(id, me.id())) {
            return backToList("self", null);
        }
        requireManageable(id);
        Account account = admin.setEnabled(id, false).orElseThrow(NotFoundException::new);
        return backToList("disabled", account.username);
    }

    @POST
    @Path("{id:\\d+}/enable")
    public Response enable(@RestPath long id) {
        requireManageable(id);
        Account account = admin.setEnabled(id, true).orElseThrow(NotFoundException::new);
        return backToList("enabled", account.username);
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        return Templates.importForm(List.of());
    }

    /**
     * Checks the roster (an uploaded file or pasted text) at once, then imports it in the background and sends the
     * instructor to the import's progress page: hashing thousands of passwords takes longer than a proxy waits.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importRoster(@RestForm("file") FileUpload file, @RestForm("text") String text) {
        AccountMessages msg = messages();
        boolean hasFile = file != null && file.size() > 0;
        if (!hasFile && (text == null || text.isBlank())) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.importForm(List.of(msg.importNothing()))).build();
        }
        RosterCsvImporter.Result checked;
        if (hasFile) {
            try {
                checked = admin.checkRoster(Files.readAllBytes(file.uploadedFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            checked = admin.checkRoster(text);
        }
        if (!checked.ok()) {
            List<String> problems = checked.problems().stream().map(p -> describe(msg, p)).toList();
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.importForm(problems)).build();
        }
        long id = imports.start(checked.rows(), me.id());
        return Response.seeOther(URI.create(BASE + "/import/" + id)).build();
    }

    /** How far the import got; refreshes itself while hashing, then offers the passwords' download. */
    @GET
    @Path("import/{id:\\d+}")
    public Response importProgress(@RestPath long id) {
        RosterImports.Progress progress = imports.progress(id).orElseThrow(NotFoundException::new);
        Response.ResponseBuilder page = Response.ok(Templates.importProgress(progress)).header("Cache-Control", "no-store");
        return progress.running() ? page.header("Refresh", "2").build() : page.build();
    }

    /**
     * The one-time passwords as CSV (UTF-8 with BOM for Excel), handed out once: the download deletes them. A POST
     * with the CSRF token, so neither a prefetch nor another site can use them up.
     */
    @POST
    @Path("import/{id:\\d+}/passwords")
    public Response importPasswords(@RestPath long id) {
        imports.progress(id).orElseThrow(NotFoundException::new);
        List<RosterImports.IssuedPassword> passwords = imports.takePasswords(id);
        if (passwords.isEmpty()) {
            return Response.seeOther(URI.create(BASE + "/import/" + id)).build();
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord("username", "display_name", "group", "one_time_password");
            for (RosterImports.IssuedPassword issued : passwords) {
                printer.printRecord(issued.username(), CsvCells.text(issued.displayName()),
                        CsvCells.text(issued.group()), issued.password());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"roster-" + id + "-passwords.csv\"").build();
    }

    /** Another instructor's account needs the admin flag (404 when there is no such account). */
    private void requireManageable(long id) {
        Account target = admin.find(id).orElseThrow(NotFoundException::new);
        if (!target.manageableBy(me.require())) {
            throw new ForbiddenException();
        }
    }

    private static Response oneTime(TemplateInstance page) {
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }

    private static Response backToList(String done, String who) {
        UriBuilder uri = UriBuilder.fromPath(BASE).queryParam("done", done);
        if (who != null) {
            uri.queryParam("who", who);
        }
        return Response.seeOther(uri.build()).build();
    }

    private Notice notice(String done, String who) {
        if (done == null) {
            return null;
        }
        AccountMessages msg = messages();
        if (done.equals("self")) {
            return new Notice(msg.cannotDisableSelf(), true);
        }
        if (!AccountRules.validUsername(who)) {
            return null;
        }
        return switch (done) {
            case "created" -> new Notice(msg.accountCreated(who), false);
            case "disabled" -> new Notice(msg.accountDisabled(who), false);
            case "enabled" -> new Notice(msg.accountEnabled(who), false);
            default -> null;
        };
    }

    private AccountMessages messages() {
        return me.messages(AccountMessages.class);
    }

    private static String describe(AccountMessages msg, RosterCsvImporter.Problem problem) {
        String text = switch (problem.kind()) {
            case NOT_UTF8 -> msg.rosterNotUtf8();
            case EMPTY_FILE -> msg.rosterEmpty();
            case MALFORMED -> msg.rosterMalformed(String.valueOf(problem.value()));
            case MISSING_COLUMN -> msg.rosterMissingColumn();
            case UNKNOWN_COLUMN -> msg.rosterUnknownColumn();
            case DUPLICATE_COLUMN -> msg.rosterDuplicateColumn();
            case TOO_MANY_ROWS -> msg.rosterTooMany(RosterCsvImporter.MAX_ROWS);
            case MISSING_USERNAME -> msg.rosterMissingUsername();
            case BAD_USERNAME -> msg.rosterBadUsername(problem.value());
            case DUPLICATE_IN_FILE -> msg.rosterDuplicate(problem.value(), problem.otherLine());
            case ALREADY_EXISTS -> msg.rosterExists(problem.value());
            case MISSING_NAME -> msg.rosterMissingName();
            case BAD_EMAIL -> msg.rosterBadEmail(problem.value());
            case TOO_LONG -> msg.rosterTooLong(Integer.parseInt(problem.value()));
        };
        if (problem.line() == 0) {
            return text;
        }
        return problem.field() == null ? msg.rosterLineNoField(problem.line(), text)
                : msg.rosterLine(problem.line(), problem.field(), text);
    }
}
