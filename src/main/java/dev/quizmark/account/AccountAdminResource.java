package dev.quizmark.account;

import dev.quizmark.account.StudentAccounts.CreateResult;
import dev.quizmark.account.StudentAccounts.ImportResult;
import dev.quizmark.account.StudentAccounts.Issued;
import dev.quizmark.instructor.InstructorMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Student accounts for instructors: list by group, create one, import a roster CSV, reset a password, disable
 * and enable. Pages that show one-time passwords are answered directly to the POST and marked no-store, so
 * the passwords live nowhere but on that one screen.
 */
@Path("/instructor/accounts")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
public class AccountAdminResource {

    /** Rosters are a few kilobytes; anything this big is the wrong file. */
    static final long MAX_UPLOAD_BYTES = 1024 * 1024;

    /** Why the one-time passwords are shown: the page's heading and text differ. */
    public enum IssueReason { CREATED, IMPORTED, RESET }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<Account> students, List<String> groups, String group, List<RosterField> fields,
                NewStudent form, Map<String, String> formProblems, Instant now);

        static native TemplateInstance issued(IssueReason reason, List<Issued> accounts);

        static native TemplateInstance importFailed(List<String> problems);
    }

    @Inject
    StudentAccounts accounts;

    @Inject
    CurrentAccount me;

    @Inject
    InstructorMessages korean;

    @Inject
    @Localized("en")
    InstructorMessages english;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("group") String group) {
        String selected = group == null || group.isBlank() ? null : group.strip();
        return page(selected, NewStudent.of(null, null, null, null, null), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@FormParam("username") String username, @FormParam("display_name") String displayName,
            @FormParam("student_number") String studentNumber, @FormParam("group") String group,
            @FormParam("email") String email) {
        NewStudent student = NewStudent.of(username, displayName, studentNumber, group, email);
        CreateResult result = accounts.create(student);
        if (result.created() == null) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (NewStudent.FieldProblem p : result.problems()) {
                problems.putIfAbsent(p.field().column, reason(p.reason(), p.value(), p.field().maxLength, 0));
            }
            return Response.status(400).entity(page(null, student, problems)).build();
        }
        return oneTimePasswords(IssueReason.CREATED, List.of(result.created()));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response importRoster(@RestForm("roster") FileUpload roster) {
        byte[] bytes;
        try {
            if (roster == null || roster.size() == 0) {
                bytes = new byte[0];
            } else if (roster.size() > MAX_UPLOAD_BYTES) {
                return Response.status(400).entity(Templates.importFailed(List.of(messages().reason_tooBig(MAX_UPLOAD_BYTES / 1024)))).build();
            } else {
                bytes = Files.readAllBytes(roster.uploadedFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result = accounts.importRoster(RosterCsvImporter.read(bytes));
        if (!result.problems().isEmpty()) {
            return Response.status(400).entity(Templates.importFailed(result.problems().stream().map(this::describe).toList())).build();
        }
        return oneTimePasswords(IssueReason.IMPORTED, result.created());
    }

    @POST
    @Path("{id}/password")
    @Produces(MediaType.TEXT_HTML)
    public Response resetPassword(@PathParam("id") long id) {
        return oneTimePasswords(IssueReason.RESET, List.of(accounts.resetPassword(id)));
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        return backToList(accounts.setEnabled(id, false));
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        return backToList(accounts.setEnabled(id, true));
    }

    private TemplateInstance page(String group, NewStudent form, Map<String, String> formProblems) {
        return Templates.accounts(accounts.students(group), accounts.groups(), group, List.of(RosterField.values()), form,
                formProblems, Instant.now());
    }

    private static Response oneTimePasswords(IssueReason reason, List<Issued> issued) {
        return Response.ok(Templates.issued(reason, issued)).header("Cache-Control", "no-store").build();
    }

    private static Response backToList(Account account) {
        String group = account.groupName == null ? "" : URLEncoder.encode(account.groupName, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/instructor/accounts?group=" + group + "#account-" + account.id)).build();
    }

    private InstructorMessages messages() {
        return "en".equals(me.getLanguage()) ? english : korean;
    }

    /** One roster problem as a sentence: where (line and column as the file names it), then what. */
    String describe(RosterProblem p) {
        InstructorMessages m = messages();
        String reason = reason(p.reason(), p.value(), maxLength(p.column()), p.otherLine());
        if (p.line() == 0) {
            return reason;
        }
        return p.column() == null ? m.problemRow(p.line(), reason) : m.problemCell(p.line(), p.column(), reason);
    }

    private static int maxLength(String column) {
        if (column == null) {
            return 0;
        }
        return RosterField.ofHeader(column).map(f -> f.maxLength).orElse(0);
    }

    private String reason(RosterProblem.Reason reason, String value, int maxLength, long otherLine) {
        InstructorMessages m = messages();
        String v = value == null ? "" : value;
        return switch (reason) {
            case NOT_UTF8 -> m.reason_notUtf8();
            case EMPTY_FILE -> m.reason_emptyFile();
            case MALFORMED -> m.reason_malformed(v);
            case MISSING_COLUMN -> m.reason_missingColumn();
            case UNKNOWN_COLUMN -> m.reason_unknownColumn(v);
            case DUPLICATE_COLUMN -> m.reason_duplicateColumn();
            case TOO_MANY_ROWS -> m.reason_tooManyRows(RosterCsvImporter.MAX_ROWS);
            case WRONG_VALUE_COUNT -> m.reason_wrongValueCount(v);
            case REQUIRED -> m.reason_required();
            case TOO_LONG -> m.reason_tooLong(maxLength);
            case CONTROL_CHARACTERS -> m.reason_controlCharacters();
            case BAD_USERNAME -> m.reason_badUsername(v);
            case BAD_EMAIL -> m.reason_badEmail(v);
            case DUPLICATE_IN_FILE -> m.reason_duplicateInFile(v, otherLine);
            case USERNAME_TAKEN -> m.reason_usernameTaken(v);
        };
    }
}
