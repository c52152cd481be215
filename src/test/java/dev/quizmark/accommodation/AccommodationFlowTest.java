package dev.quizmark.accommodation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptService;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.support.SignedIn;
import dev.quizmark.audit.AuditEntry;
import dev.quizmark.quiz.Quiz;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Accommodations set through the instructor's form and enforced by the server: a student with 2× time gets a
 * deadline twice as far and is still saving when a classmate's attempt has been submitted for them; extra attempts;
 * a group's extra minutes; refusals without a reason; reopening a submitted attempt.
 */
@QuarkusTest
class AccommodationFlowTest {

    @Inject
    AttemptService attempts;

    private static <T> T fresh(Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }

    private static void inGroup(SignedIn student, String group) {
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(student.accountId).groupName = group);
    }

    @Test
    void doubleTimeForOneStudentIsEnforcedByTheServer() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(10))));
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        SignedIn slow = SignedIn.newStudent();
        SignedIn other = SignedIn.newStudent();
        Response set = instructor.form().formParam("username", slow.username).formParam("quiz", quiz.id())
                .formParam("multiplier", "2").formParam("reason", "진단서 제출").post("/instructor/accommodations");
        assertEquals(303, set.statusCode(), set.asString());
        String list = instructor.http().get("/instructor/accommodations").then().statusCode(200).extract().asString();
        assertTrue(list.contains("제한 시간 ×2"), list);
        assertTrue(list.contains("진단서 제출"), list);

        // The student's quiz page shows the time they have.
        slow.http().get("/quizzes/" + quiz.id()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<dd>20분</dd>"));
        other.http().get("/quizzes/" + quiz.id()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<dd>10분</dd>"));

        long slowAttempt = slow.start(quiz.id());
        long otherAttempt = other.start(quiz.id());
        Attempt a = fresh(() -> Attempt.<Attempt>findById(slowAttempt));
        Attempt b = fresh(() -> Attempt.<Attempt>findById(otherAttempt));
        assertEquals(Duration.ofMinutes(20), Duration.between(a.startedAt, a.deadline));
        assertEquals(Duration.ofMinutes(10), Duration.between(b.startedAt, b.deadline));

        // Fifteen minutes in (past the other's deadline and grace): the other's attempt is submitted for them, the
        // slow student's is still open.
        Instant later = a.startedAt.plus(Duration.ofMinutes(15));
        attempts.load(otherAttempt, other.accountId, later);
        attempts.load(slowAttempt, slow.accountId, later);
        assertEquals(AttemptStatus.SUBMITTED, fresh(() -> Attempt.<Attempt>findById(otherAttempt)).status);
        assertTrue(fresh(() -> Attempt.<Attempt>findById(otherAttempt)).autoSubmitted);
        assertEquals(AttemptStatus.IN_PROGRESS, fresh(() -> Attempt.<Attempt>findById(slowAttempt)).status);
        // …until their own, longer deadline has passed.
        attempts.load(slowAttempt, slow.accountId, a.startedAt.plus(Duration.ofMinutes(21)));
        assertEquals(AttemptStatus.SUBMITTED, fresh(() -> Attempt.<Attempt>findById(slowAttempt)).status);

        List<AuditEntry> audit = fresh(() -> AuditEntry.aboutAccount(slow.accountId));
        assertEquals("ACCOMMODATION_SET", audit.get(0).action);
        assertTrue(audit.get(0).detail.contains("time ×2"), audit.get(0).detail);
        assertEquals(instructor.accountId, audit.get(0).actorId);
    }

    @Test
    void extraAttemptsAddUpAndAGroupsExtraMinutesApplyToItsMembers() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> FixtureQuizzes.attempts(1).apply(FixtureQuizzes.timed(Duration.ofMinutes(10)).apply(s))));
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        SignedIn student = SignedIn.newStudent();
        String group = "g-" + UUID.randomUUID().toString().substring(0, 6);
        inGroup(student, group);
        SignedIn classmate = SignedIn.newStudent();

        assertEquals(303, instructor.form().formParam("group", group).formParam("extraMinutes", "5")
                .formParam("reason", "분반 시험장 사정").post("/instructor/accommodations").statusCode());
        long first = student.start(quiz.id());
        Attempt attempt = fresh(() -> Attempt.<Attempt>findById(first));
        assertEquals(Duration.ofMinutes(15), Duration.between(attempt.startedAt, attempt.deadline));
        assertEquals(303, student.submit(first).statusCode());
        // One attempt allowed: a second start is refused until the instructor grants one more.
        assertEquals(409, student.form().post("/quizzes/" + quiz.id() + "/start").statusCode());
        assertEquals(303, instructor.form().formParam("username", student.username).formParam("quiz", quiz.id())
                .formParam("extraAttempts", "1").formParam("reason", "네트워크 장애").post("/instructor/accommodations").statusCode());
        long second = student.start(quiz.id());
        assertEquals(303, student.submit(second).statusCode());
        assertEquals(409, student.form().post("/quizzes/" + quiz.id() + "/start").statusCode());
        assertEquals(303, instructor.form().formParam("username", student.username).formParam("quiz", quiz.id())
                .formParam("extraAttempts", "1").formParam("reason", "다시 장애").post("/instructor/accommodations").statusCode());
        student.start(quiz.id());
        // The classmate outside the group has neither.
        long theirs = classmate.start(quiz.id());
        Attempt classmates = fresh(() -> Attempt.<Attempt>findById(theirs));
        assertEquals(Duration.ofMinutes(10), Duration.between(classmates.startedAt, classmates.deadline));
    }

    @Test
    void aLaterWindowLetsOneStudentStartAfterTheQuizClosed() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9)).withNano(0);
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.window(now.minusDays(2), now.minusDays(1))));
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        SignedIn late = SignedIn.newStudent();
        SignedIn other = SignedIn.newStudent();
        // datetime-local in the course time zone (Asia/Seoul in the tests).
        String until = now.plusHours(2).toLocalDateTime().toString();
        assertEquals(303, instructor.form().formParam("username", late.username).formParam("quiz", quiz.id())
                .formParam("until", until).formParam("reason", "입원").post("/instructor/accommodations").statusCode());
        assertEquals(409, other.form().post("/quizzes/" + quiz.id() + "/start").statusCode());
        long id = late.start(quiz.id());
        // The deadline is capped at the student's own closing time.
        assertEquals(now.plusHours(2).toInstant(), fresh(() -> Attempt.<Attempt>findById(id)).deadline);
    }

    @Test
    void aFormWithoutReasonOrStudentIsRefusedWithItsProblems() {
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        long before = fresh(() -> Accommodation.count());
        Response refused = instructor.form().formParam("username", "nobody-" + UUID.randomUUID()).formParam("multiplier", "20")
                .formParam("quiz", "no-such-quiz").post("/instructor/accommodations");
        assertEquals(400, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("그런 아이디의 학생이 없습니다."), page);
        assertTrue(page.contains("제한 시간 배수는 1에서 10 사이"), page);
        assertTrue(page.contains("사유를 입력하세요"), page);
        assertTrue(page.contains("그런 퀴즈가 없습니다."), page);
        assertEquals(before, (long) fresh(() -> Accommodation.count()));
        // Without the CSRF token nothing is even read.
        assertEquals(400, instructor.http().contentType("application/x-www-form-urlencoded").formParam("group", "A")
                .formParam("extraMinutes", "5").formParam("reason", "x").post("/instructor/accommodations").statusCode());
    }

    @Test
    void reopeningASubmittedAttemptGivesItANewDeadlineAndIsAudited() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.saveQuestion(id, "tf", java.util.Map.of("q.tf", "true")).then().statusCode(200);
        assertEquals(303, student.submit(id).statusCode());
        String page = instructor.http().get("/instructor/attempts/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("action=\"/instructor/attempts/" + id + "/reopen\""), page);

        Response noReason = instructor.form().formParam("minutes", "5").post("/instructor/attempts/" + id + "/reopen");
        assertTrue(noReason.getHeader("Location").endsWith("?reopen=bad"), noReason.getHeader("Location"));
        assertEquals(AttemptStatus.SUBMITTED, fresh(() -> Attempt.<Attempt>findById(id)).status);

        Instant before = Instant.now();
        Response reopened = instructor.form().formParam("minutes", "5").formParam("reason", "정전")
                .post("/instructor/attempts/" + id + "/reopen");
        assertTrue(reopened.getHeader("Location").endsWith("?reopen=reopened"), reopened.getHeader("Location"));
        Attempt attempt = fresh(() -> Attempt.<Attempt>findById(id));
        assertEquals(AttemptStatus.IN_PROGRESS, attempt.status);
        assertNull(attempt.scorePercent);
        assertNotNull(attempt.deadline);
        assertFalse(attempt.deadline.isBefore(before.plus(Duration.ofMinutes(5))));
        assertTrue(attempt.deadline.isBefore(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(1)));
        // The student continues with the saved answer and is graded again.
        student.http().get("/attempts/" + id).then().statusCode(200);
        assertEquals(303, student.submit(id).statusCode());
        Attempt graded = fresh(() -> Attempt.<Attempt>findById(id));
        assertEquals(AttemptStatus.SUBMITTED, graded.status);
        assertEquals(0, graded.scorePoints.compareTo(java.math.BigDecimal.ONE));
        AuditEntry entry = fresh(() -> AuditEntry.aboutAccount(student.accountId)).get(0);
        assertEquals("ATTEMPT_REOPENED", entry.action);
        assertTrue(entry.detail.contains("reason: 정전"), entry.detail);
    }
}
