package dev.quizmark.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.support.SignedIn;
import dev.quizmark.audit.AuditEntry;
import dev.quizmark.quiz.Quiz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Instructors edit accounts, confirm before a reset, disabling or deletion, delete (anonymise) a student whose
 * attempts stay, and manage other instructors only with the admin flag.
 */
@QuarkusTest
class AccountManagementTest {

    private static <T> T fresh(Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }

    private static Account account(long id) {
        return fresh(() -> Account.<Account>findById(id));
    }

    @Test
    void editingAStudentsDetailsIsSavedAndAudited() {
        SignedIn student = SignedIn.newStudent();
        SignedIn instructor = SignedIn.instructor();
        Response saved = instructor.form().formParam("displayName", "김민수").formParam("studentNumber", "2026-0001")
                .formParam("group", "B반").formParam("email", "kim@example.org")
                .post("/instructor/accounts/" + student.accountId + "/edit");
        assertEquals(303, saved.statusCode());
        assertTrue(saved.getHeader("Location").endsWith("/edit?done=saved"));
        Account edited = account(student.accountId);
        assertEquals("김민수", edited.displayName);
        assertEquals("2026-0001", edited.studentNumber);
        assertEquals("B반", edited.groupName);
        assertEquals("kim@example.org", edited.email);
        assertEquals(student.username, edited.username);
        AuditEntry entry = fresh(() -> AuditEntry.aboutAccount(student.accountId)).get(0);
        assertEquals("ACCOUNT_EDITED", entry.action);
        assertTrue(entry.detail.contains("group '' → 'B반'"), entry.detail);
        instructor.http().get("/instructor/accounts/" + student.accountId + "/edit").then().statusCode(200)
                .body(containsString("value=\"B반\"")).body(containsString("ACCOUNT_EDITED"));

        // A bad email is refused with the field's message, and nothing changes.
        Response bad = instructor.form().formParam("displayName", "김민수").formParam("email", "not an email")
                .post("/instructor/accounts/" + student.accountId + "/edit");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("id=\"email-error\""), bad.asString());
        assertEquals("kim@example.org", account(student.accountId).email);
    }

    @Test
    void resetAndDisableAskFirst() {
        SignedIn student = SignedIn.newStudent();
        SignedIn instructor = SignedIn.instructor();
        String list = instructor.http().get("/instructor/accounts").then().statusCode(200).extract().asString();
        assertTrue(list.contains("href=\"/instructor/accounts/" + student.accountId + "/confirm/reset\""), list);
        assertTrue(list.contains("href=\"/instructor/accounts/" + student.accountId + "/confirm/disable\""), list);
        assertFalse(list.contains("action=\"/instructor/accounts/" + student.accountId + "/disable\""), list);
        String confirm = instructor.http().get("/instructor/accounts/" + student.accountId + "/confirm/disable").then()
                .statusCode(200).extract().asString();
        assertTrue(confirm.contains("action=\"/instructor/accounts/" + student.accountId + "/disable\""), confirm);
        assertTrue(confirm.contains("name=\"csrf-token\""), confirm);
        // Looking at the confirmation changes nothing.
        assertTrue(account(student.accountId).enabled);
    }

    @Test
    void deletingAStudentAnonymisesTheAccountAndKeepsTheAttempts() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long attempt = student.start(quiz.id());
        assertEquals(303, student.submit(attempt).statusCode());
        SignedIn instructor = SignedIn.instructor();
        Response deleted = instructor.form().post("/instructor/accounts/" + student.accountId + "/delete");
        assertEquals(303, deleted.statusCode());
        Account gone = account(student.accountId);
        assertEquals("deleted-" + student.accountId, gone.username);
        assertEquals(AccountManagement.DELETED_NAME, gone.displayName);
        assertNull(gone.email);
        assertNull(gone.studentNumber);
        assertFalse(gone.enabled);
        assertNotNull(gone.deletedAt);
        assertNotNull(fresh(() -> Attempt.<Attempt>findById(attempt)));
        // Their session ended and the old password no longer works.
        student.http().get("/quizzes").then().statusCode(302);
        assertNull(dev.quizmark.support.SignIn.session("deleted-" + student.accountId, "pw-" + student.username));
        assertNull(dev.quizmark.support.SignIn.session(student.username, "pw-" + student.username));
        AuditEntry entry = fresh(() -> AuditEntry.aboutAccount(student.accountId)).get(0);
        assertEquals("ACCOUNT_DELETED", entry.action);
        assertEquals("was " + student.username, entry.detail);
        instructor.http().get("/instructor/students/" + student.accountId).then().statusCode(200)
                .body(containsString(AccountManagement.DELETED_NAME));
    }

    @Test
    void otherInstructorsNeedTheAdminFlag() {
        SignedIn plain = SignedIn.newAccount(Role.INSTRUCTOR);
        SignedIn colleague = SignedIn.newAccount(Role.INSTRUCTOR);
        SignedIn student = SignedIn.newStudent();
        // Without the flag: students yes, other instructors no.
        assertEquals(303, plain.form().formParam("displayName", "학생").post("/instructor/accounts/" + student.accountId + "/edit").statusCode());
        assertEquals(403, plain.form().post("/instructor/accounts/" + colleague.accountId + "/disable").statusCode());
        assertEquals(403, plain.form().post("/instructor/accounts/" + colleague.accountId + "/reset-password").statusCode());
        assertEquals(403, plain.form().post("/instructor/accounts/" + colleague.accountId + "/delete").statusCode());
        assertEquals(403, plain.http().get("/instructor/accounts/" + colleague.accountId + "/edit").statusCode());
        assertEquals(403, plain.form().formParam("grant", "true").post("/instructor/accounts/" + colleague.accountId + "/admin").statusCode());
        assertTrue(account(colleague.accountId).enabled);

        // The first instructor holds the flag and grants it.
        SignedIn admin = SignedIn.instructor();
        assertTrue(fresh(() -> Account.findByUsername("instructor").orElseThrow().admin));
        assertEquals(303, admin.form().formParam("grant", "true").post("/instructor/accounts/" + plain.accountId + "/admin").statusCode());
        assertTrue(account(plain.accountId).admin);
        assertEquals("ADMIN_GRANTED", fresh(() -> AuditEntry.aboutAccount(plain.accountId)).get(0).action);
        // Now the colleague's account can be disabled by them; nobody grants or revokes their own flag.
        assertEquals(303, plain.form().post("/instructor/accounts/" + colleague.accountId + "/disable").statusCode());
        assertFalse(account(colleague.accountId).enabled);
        assertEquals(403, plain.form().formParam("grant", "false").post("/instructor/accounts/" + plain.accountId + "/admin").statusCode());
        assertTrue(account(plain.accountId).admin);
        assertEquals(303, admin.form().formParam("grant", "false").post("/instructor/accounts/" + plain.accountId + "/admin").statusCode());
        assertFalse(account(plain.accountId).admin);
        assertEquals(List.of("ADMIN_REVOKED", "ADMIN_GRANTED"), fresh(() -> AuditEntry.aboutAccount(plain.accountId))
                .stream().map(e -> e.action).toList());
    }
}
