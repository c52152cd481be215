package dev.quizmark.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Instructors managing student accounts over HTTP, and students replacing their one-time password. */
@QuarkusTest
class AccountAdminTest {

    private static final Pattern ISSUED = Pattern.compile("<th scope=\"row\">([^<]+)</th>.*?<code class=\"password\">([^<]+)</code>",
            Pattern.DOTALL);

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Account stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElse(null));
    }

    /** username → one-time password, as listed on the page. */
    private static List<String[]> issued(Response page) {
        List<String[]> rows = new ArrayList<>();
        Matcher m = ISSUED.matcher(page.asString());
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2)});
        }
        return rows;
    }

    private static Response importRoster(Visitor instructor, String csv) {
        return instructor.http().multiPart("csrf-token", instructor.csrfToken)
                .multiPart("roster", "roster.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/instructor/accounts/import");
    }

    @Test
    void createdStudentMustReplaceTheOneTimePasswordBeforeAnythingElse() {
        Visitor instructor = Visitor.instructor();
        String username = unique("new-");
        Response created = instructor.form().formParam("username", username).formParam("display_name", "김 <새> 학생")
                .formParam("student_number", "2025-77").formParam("group", "A반").formParam("email", "")
                .post("/instructor/accounts");
        created.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("김 &lt;새&gt; 학생")).body(containsString("저장되지 않습니다"));
        List<String[]> issued = issued(created);
        assertEquals(1, issued.size());
        assertEquals(username, issued.get(0)[0]);
        String oneTime = issued.get(0)[1];
        assertTrue(oneTime.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), oneTime);
        Account account = stored(username);
        assertEquals("A반", account.groupName);
        assertEquals("2025-77", account.studentNumber);
        assertNull(account.email);
        assertTrue(account.mustChangePassword);

        Visitor student = Visitor.of(username, oneTime, "/account/password");
        student.http().get("/").then().statusCode(303).header("Location", endsWith("/account/password"));
        student.http().get("/quizzes").then().statusCode(303).header("Location", endsWith("/account/password"));
        student.http().get("/account/password").then().statusCode(200).body(containsString("일회용 비밀번호로 로그인했습니다"));

        student.form().formParam("current", "wrong").formParam("password", "my own secret").formParam("confirm", "my own secret")
                .post("/account/password").then().statusCode(400).body(containsString("지금 비밀번호가 맞지 않습니다"));
        student.form().formParam("current", oneTime).formParam("password", "short").formParam("confirm", "short")
                .post("/account/password").then().statusCode(400).body(containsString("8자 이상"));
        student.form().formParam("current", oneTime).formParam("password", "my own secret").formParam("confirm", "my own secrex")
                .post("/account/password").then().statusCode(400).body(containsString("일치하지 않습니다"));
        student.form().formParam("current", oneTime).formParam("password", "my own secret").formParam("confirm", "my own secret")
                .post("/account/password").then().statusCode(303);

        student.http().get("/quizzes").then().statusCode(200);
        assertFalse(stored(username).mustChangePassword);
        assertNull(Visitor.signIn(username, oneTime), "the one-time password works once only");
        assertNotNull(Visitor.signIn(username, "my own secret"));
    }

    @Test
    void badCreateFormIsShownAgainWithEachFieldsProblemAndNothingSaved() {
        Visitor instructor = Visitor.instructor();
        instructor.form().formParam("username", "=cmd<x>").formParam("display_name", "  ").formParam("email", "nope")
                .post("/instructor/accounts").then().statusCode(400)
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"c-username-problem\""))
                .body(containsString("“=cmd&lt;x&gt;”은(는) 아이디로 쓸 수 없습니다"))
                .body(containsString("id=\"c-display_name-problem\">비어 있습니다"))
                .body(containsString("“nope”은(는) 이메일 주소가 아닙니다"))
                .body(containsString("value=\"=cmd&lt;x&gt;\""))
                .body(not(containsString("<x>")));
        assertNull(stored("=cmd<x>"));

        instructor.form().formParam("username", "INSTRUCTOR").formParam("display_name", "누군가").post("/instructor/accounts")
                .then().statusCode(400).body(containsString("아이디 “INSTRUCTOR”은(는) 이미 사용 중입니다"));
    }

    @Test
    void goodRosterCreatesEveryStudentWithTheirDetails() {
        Visitor instructor = Visitor.instructor();
        String group = unique("g-");
        String a = unique("ra-");
        String b = unique("rb-");
        String csv = "\uFEFF아이디,이름,학번,분반,이메일\r\n"
                + a + ",\"김, 민수\",20250001," + group + "," + a + "@example.org\r\n"
                + b + ",\"=HYPERLINK(\"\"x\"\")\",20250002," + group + ",\r\n";
        Response page = importRoster(instructor, csv);
        page.then().statusCode(200).header("Cache-Control", "no-store").body(containsString("명단을 가져왔습니다"));
        assertEquals(List.of(a, b), issued(page).stream().map(r -> r[0]).toList());
        Account first = stored(a);
        assertEquals("김, 민수", first.displayName);
        assertEquals("20250001", first.studentNumber);
        assertEquals(group, first.groupName);
        assertEquals(a + "@example.org", first.email);
        assertEquals(Role.STUDENT, first.role);
        assertEquals("=HYPERLINK(\"x\")", stored(b).displayName);
        assertNotNull(Visitor.signIn(b, issued(page).get(1)[1]));

        instructor.http().get("/instructor/accounts?group=" + group).then().statusCode(200)
                .body(containsString(a)).body(containsString(b)).body(containsString("학생 2명"))
                .body(containsString("일회용 비밀번호 사용 전"));
    }

    @Test
    void badRosterListsEveryBadLineAndCreatesNobody() {
        Visitor instructor = Visitor.instructor();
        String fresh = unique("fresh-");
        String csv = "username,display_name,student_number,group\n"
                + fresh + ",좋은 행,1,A\n"
                + "instructor,강사와 같은 아이디,2,A\n"
                + ",이름만,3,A\n"
                + fresh.toUpperCase() + ",대소문자만 다름,4,A\n";
        importRoster(instructor, csv).then().statusCode(400)
                .body(containsString("문제 3개가 있어 아무 계정도 만들지 않았습니다"))
                .body(containsString("4행 ‘username’ 열: 비어 있습니다"))
                .body(containsString("5행 ‘username’ 열: “" + fresh.toUpperCase() + "”은(는) 2행에도 있습니다"))
                .body(containsString("3행 ‘username’ 열: 아이디 “instructor”은(는) 이미 사용 중입니다"));
        assertNull(stored(fresh), "nothing is saved when any row is bad");
    }

    @Test
    void usernamesTakenInTheDatabaseAreReportedByLine() {
        Visitor instructor = Visitor.instructor();
        String fresh = unique("fresh-");
        importRoster(instructor, "username,display_name\n" + fresh + ",새 학생\nInstructor,강사와 같은 아이디\n")
                .then().statusCode(400)
                .body(containsString("3행 ‘username’ 열: 아이디 “Instructor”은(는) 이미 사용 중입니다"));
        assertNull(stored(fresh));
    }

    @Test
    void wrongEncodingAndMissingFileAreExplained() {
        Visitor instructor = Visitor.instructor();
        instructor.http().multiPart("csrf-token", instructor.csrfToken)
                .multiPart("roster", "roster.csv", "username,display_name\nkim,김민수\n".getBytes(java.nio.charset.Charset.forName("MS949")), "text/csv")
                .post("/instructor/accounts/import").then().statusCode(400).body(containsString("CSV UTF-8(쉼표로 분리)"));
        instructor.http().multiPart("csrf-token", instructor.csrfToken).post("/instructor/accounts/import")
                .then().statusCode(400).body(containsString("파일에 학생이 없습니다"));
    }

    @Test
    void resetIssuesANewOneTimePasswordAndLiftsALockOut() {
        String username = unique("locked-");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.create(username, "old password", Role.STUDENT, "잠긴 학생");
            account.lockedUntil = Instant.now().plusSeconds(600);
            account.failedLogins = 3;
            return account.id;
        });
        assertNull(Visitor.signIn(username, "old password"), "locked");
        Visitor instructor = Visitor.instructor();
        Response page = instructor.form().post("/instructor/accounts/" + id + "/password");
        page.then().statusCode(200).header("Cache-Control", "no-store").body(containsString("비밀번호를 초기화했습니다"));
        String oneTime = issued(page).get(0)[1];
        assertNull(Visitor.signIn(username, "old password"));
        assertNotNull(Visitor.signIn(username, oneTime));
        assertTrue(stored(username).mustChangePassword);
    }

    @Test
    void disablingEndsTheSessionAndSignInUntilEnabledAgain() {
        String username = unique("off-");
        long id = QuarkusTransaction.requiringNew().call(() -> Account.create(username, "pw-" + username, Role.STUDENT, "학생").id);
        String session = Visitor.signIn(username, "pw-" + username);
        given().redirects().follow(false).cookie("quizmark-session", session).get("/quizzes").then().statusCode(200);

        Visitor instructor = Visitor.instructor();
        instructor.form().post("/instructor/accounts/" + id + "/disable").then().statusCode(303)
                .header("Location", containsString("/instructor/accounts?group=#account-" + id));
        assertFalse(stored(username).enabled);
        given().redirects().follow(false).cookie("quizmark-session", session).get("/quizzes").then().statusCode(302);
        assertNull(Visitor.signIn(username, "pw-" + username));
        instructor.http().get("/instructor/accounts").then().body(containsString("사용 중지</strong>"));

        instructor.form().post("/instructor/accounts/" + id + "/enable").then().statusCode(303);
        assertNotNull(Visitor.signIn(username, "pw-" + username));
    }

    @Test
    void instructorAccountsAreOutOfReachOfTheseForms() {
        long instructorId = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("instructor").orElseThrow().id);
        Visitor instructor = Visitor.instructor();
        instructor.form().post("/instructor/accounts/" + instructorId + "/password").then().statusCode(404);
        instructor.form().post("/instructor/accounts/" + instructorId + "/disable").then().statusCode(404);
        assertTrue(stored("instructor").enabled);
    }

    @Test
    void englishPagesUseTheEnglishBundle() {
        Visitor instructor = Visitor.instructor();
        instructor.http().header("Accept-Language", "en").get("/instructor/accounts").then().statusCode(200)
                .body(containsString("Import a roster CSV"));
        instructor.http().header("Accept-Language", "en").multiPart("csrf-token", instructor.csrfToken)
                .multiPart("roster", "r.csv", "username,display_name\n,x\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/instructor/accounts/import").then().statusCode(400)
                .body(containsString("Line 2, column ‘username’: Empty, but required."));
    }
}
