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

import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountAdminTest {

    private static final String BASE = "/instructor/accounts";
    private static String newStudent(String password) {
        String username = Accounts.unique("st-");
        QuarkusTransaction.requiringNew().run(() -> Account.create(username, password, Role.STUDENT, "학생 " + username));
        return username;
    }



    @Test
    void instructorCreatesAnAccountThatCanSignIn() {
        SignedIn browser = SignedIn.instructor();
        String username = Accounts.unique("new-");
        String group = Accounts.unique("grp-");
        browser.form().formParam("username", username).formParam("displayName", "김민지")
                .formParam("studentNumber", "20240001").formParam("group", group)
                .formParam("email", "minji@example.com").formParam("password", "first-password")
                .when().post(BASE).then().statusCode(303)
                .header("Location", containsString(BASE + "?done=created&who=" + username));

        browser.http().when().get(BASE + "?done=created&who=" + username).then().statusCode(200)
                .body(containsString(username + " 계정을 만들었습니다."))
                .body(containsString("<div class=\"table-wrap\">"))
                .body(containsString("김민지")).body(containsString("minji@example.com"));
        browser.http().queryParam("group", group).when().get(BASE).then().statusCode(200)
                .body(containsString(username)).body(not(containsString("<th scope=\"row\">instructor")));
        browser.http().queryParam("group", Accounts.unique("none-")).when().get(BASE).then().statusCode(200)
                .body(not(containsString(username)));

        assertNotNull(SignIn.session(username, "first-password"));
        Account saved = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
        assertEquals(Role.STUDENT, saved.role);
        assertEquals(group, saved.groupName);
        assertEquals("20240001", saved.studentNumber);
    }

    @Test
    void badInputShowsTheFieldAndKeepsTypedValuesAndSavesNothing() {
        SignedIn browser = SignedIn.instructor();
        browser.http().when().get(BASE + "/new").then().statusCode(200)
                .body(containsString("<label for=\"username\">아이디</label>"));
        String body = browser.form().formParam("username", "Bad User!").formParam("displayName", " ")
                .formParam("studentNumber", "20249999").formParam("group", "3반").formParam("email", "not-mail")
                .formParam("password", "short")
                .when().post(BASE).then().statusCode(400).extract().asString();
        assertTrue(body.contains("아이디: 3~64자의 영어 소문자"), body);
        assertTrue(body.contains("이름: 반드시 입력해야 합니다."));
        assertTrue(body.contains("이메일: 올바른 이메일 주소가 아닙니다."));
        assertTrue(body.contains("비밀번호: 8자 이상이어야 합니다."));
        assertTrue(body.contains("value=\"Bad User!\""));
        assertTrue(body.contains("value=\"20249999\""));
        assertTrue(body.contains("value=\"3반\""));
        assertTrue(body.contains("aria-invalid=\"true\""));
        assertFalse(body.contains("value=\"short\""), "the password is not echoed");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Account.count("studentNumber", "20249999") > 0));

        String taken = newStudent("whatever-123");
        browser.form().formParam("username", taken).formParam("displayName", "Someone")
                .formParam("password", "long-enough-password")
                .when().post(BASE).then().statusCode(400).body(containsString("아이디: 이미 있는 아이디입니다."));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("username", taken)));
    }

    @Test
    void englishPagesUseTheEnglishBundle() {
        SignedIn browser = SignedIn.instructor();
        browser.form().header("Accept-Language", "en").formParam("username", "x").formParam("displayName", "X")
                .formParam("password", "long-enough-password")
                .when().post(BASE).then().statusCode(400).body(containsString("Username: Use 3–64 characters"));
    }

    @Test
    void resetPasswordShowsANewOneOnce() {
        SignedIn browser = SignedIn.instructor();
        String username = newStudent("old-password");
        String body = browser.form().when().post(BASE + "/" + Accounts.idOf(username) + "/reset-password").then()
                .statusCode(200).header("Cache-Control", containsString("no-store")).extract().asString();
        Matcher shown = Pattern.compile("<code id=\"one-time-password\">([^<]+)</code>").matcher(body);
        assertTrue(shown.find(), body);
        String password = shown.group(1);
        assertTrue(password.length() >= 12);
        assertNull(SignIn.session(username, "old-password"));
        assertNotNull(SignIn.session(username, password));
        browser.form().when().post(BASE + "/999999999/reset-password").then().statusCode(404);
    }

    @Test
    void disableBlocksSignInAndEnableRestoresIt() {
        SignedIn browser = SignedIn.instructor();
        String username = newStudent("student-password");
        String studentSession = SignIn.session(username, "student-password");
        long id = Accounts.idOf(username);
        browser.form().when().post(BASE + "/" + id + "/disable").then().statusCode(303)
                .header("Location", containsString("done=disabled"));
        assertNull(SignIn.session(username, "student-password"));
        // The old session is refused: sent to sign in, not shown the student's pages.
        given().redirects().follow(false).cookie("quizmark-session", studentSession).when().get("/quizzes")
                .then().statusCode(302).header("Location", endsWith("/login"));
        browser.http().when().get(BASE).then().body(containsString("사용 중지됨"));

        browser.form().when().post(BASE + "/" + id + "/enable").then().statusCode(303);
        assertNotNull(SignIn.session(username, "student-password"));
    }

    @Test
    void instructorCannotDisableTheirOwnAccount() {
        SignedIn browser = SignedIn.instructor();
        browser.form().when().post(BASE + "/" + Accounts.idOf("instructor") + "/disable").then().statusCode(303)
                .header("Location", containsString("done=self"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername("instructor").orElseThrow().enabled));
        browser.http().when().get(BASE + "?done=self").then().body(containsString("자기 계정은 사용 중지할 수 없습니다."));
    }

    @Test
    void studentsGetForbiddenEverywhere() {
        String username = newStudent("student-password");
        SignedIn student = SignedIn.as(username, "student-password");
        long id = Accounts.idOf(username);
        for (String path : List.of(BASE, BASE + "?group=A", BASE + "/new", BASE + "/import")) {
            student.http().when().get(path).then().statusCode(403);
        }
        student.form().formParam("username", Accounts.unique("x-")).formParam("displayName", "X")
                .formParam("password", "long-enough-password").when().post(BASE).then().statusCode(403);
        for (String action : List.of("reset-password", "disable", "enable")) {
            student.form().when().post(BASE + "/" + id + "/" + action).then().statusCode(403);
        }
        student.multipart().multiPart("file", "r.csv", "username,display_name\nabc,A\n".getBytes(StandardCharsets.UTF_8),
                "text/csv").when().post(BASE + "/import").then().statusCode(403);
        assertNotNull(SignIn.session(username, "student-password"), "still enabled, password unchanged");
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() {
        for (String path : List.of(BASE, BASE + "/new", BASE + "/import")) {
            given().redirects().follow(false).when().get(path).then().statusCode(302)
                    .header("Location", endsWith("/login"));
        }
        given().redirects().follow(false).formParam("username", "x").when().post(BASE).then()
                .statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void postsWithoutTheCsrfTokenAreRejected() {
        SignedIn browser = SignedIn.instructor();
        String username = Accounts.unique("csrf-");
        browser.withoutCsrf().formParam("username", username).formParam("displayName", "X")
                .formParam("password", "long-enough-password").when().post(BASE).then().statusCode(400);
        browser.http().formParam("csrf-token", "forged")
                .formParam("username", username).formParam("displayName", "X")
                .formParam("password", "long-enough-password").when().post(BASE).then().statusCode(400);
        assertFalse(Accounts.exists(username));

        String student = newStudent("student-password");
        browser.withoutCsrf().formParam("x", "y").when().post(BASE + "/" + Accounts.idOf(student) + "/disable").then().statusCode(400);
        assertNotNull(SignIn.session(student, "student-password"));

        browser.withoutCsrf().multiPart("file", "r.csv", ("username,display_name\n" + username + ",A\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").when().post(BASE + "/import").then().statusCode(400);
        assertFalse(Accounts.exists(username));
    }

    @Test
    void rosterImportCreatesAccountsWithOneTimePasswords() {
        SignedIn browser = SignedIn.instructor();
        browser.http().when().get(BASE + "/import").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""));
        String a = Accounts.unique("kr-");
        String b = Accounts.unique("kr-");
        String csv = "\uFEFF아이디,이름,학번,분반,이메일\r\n"
                + a + ",김민지,20240101,1반,minji@example.com\r\n"
                + b + ",\"이, 준\",20240102,1반,\r\n";
        String progress = browser.multipart()
                .multiPart("file", "명단.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(BASE + "/import").then().statusCode(303).extract().header("Location");
        String body = downloadPasswords(browser, progress, 2);
        assertTrue(body.contains("김민지") && body.contains("\"이, 준\""), body);
        List<String> passwords = new ArrayList<>();
        Matcher codes = Pattern.compile(",([A-Za-z0-9]{12,})\r\n").matcher(body);
        while (codes.find()) {
            passwords.add(codes.group(1));
        }
        assertEquals(2, passwords.size());
        assertTrue(body.indexOf(a) < body.indexOf(b));
        assertNotNull(SignIn.session(a, passwords.get(0)));
        assertNotNull(SignIn.session(b, passwords.get(1)));
        Account saved = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(b).orElseThrow());
        assertEquals("이, 준", saved.displayName);
        assertEquals("1반", saved.groupName);
        assertEquals(Role.STUDENT, saved.role);
        assertNull(saved.email);
    }

    /**
     * Follows an import's progress page until the job is done, downloads the passwords CSV once, and checks that
     * they are gone afterwards. Returns the CSV.
     */
    private static String downloadPasswords(SignedIn browser, String progressUrl, int expectedAccounts) {
        String path = java.net.URI.create(progressUrl).getPath();
        long deadline = System.currentTimeMillis() + 120_000;
        String page = browser.http().when().get(path).then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().asString();
        while (page.contains("id=\"import-progress\"") && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            page = browser.http().when().get(path).then().statusCode(200).extract().asString();
        }
        assertTrue(page.contains("학생 계정 " + expectedAccounts + "개를 만들었습니다."), page);
        String csv = browser.form().when().post(path + "/passwords").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFusername,display_name,group,one_time_password\r\n"), csv);
        browser.form().when().post(path + "/passwords").then().statusCode(303);
        assertTrue(browser.http().when().get(path).then().extract().asString().contains("더는 보관하지 않습니다"),
                "downloaded once, then gone");
        return csv;
    }

    @Test
    void pastedRosterOfManyStudentsIsImportedInTheBackground() {
        SignedIn browser = SignedIn.instructor();
        StringBuilder csv = new StringBuilder("username,display_name,group\n");
        String prefix = Accounts.unique("bulk-");
        for (int i = 0; i < 60; i++) {
            csv.append(prefix).append('-').append(i).append(",Student ").append(i).append(",B\n");
        }
        String progress = browser.multipart().multiPart("text", csv.toString())
                .when().post(BASE + "/import").then().statusCode(303).extract().header("Location");
        String body = downloadPasswords(browser, progress, 60);
        Matcher last = Pattern.compile(prefix + "-59,Student 59,B,([A-Za-z0-9]{12,})").matcher(body);
        assertTrue(last.find(), body);
        assertNotNull(SignIn.session(prefix + "-59", last.group(1)));
    }

    @Test
    void badRosterReportsEveryBadLineAndCreatesNothing() {
        SignedIn browser = SignedIn.instructor();
        String good = Accounts.unique("ok-");
        String good2 = Accounts.unique("ok-");
        String existing = newStudent("whatever-123");
        String csv = "username,display_name,student_number,group,email\n"  // 1
                + good + ",Good,,,\n"                                     // 2
                + ",No Username,,,\n"                                     // 3
                + "Not Valid,Bad,,,\n"                                    // 4
                + good + ",Twice,,,\n"                                    // 5
                + existing + ",Exists,,,\n"                               // 6
                + good2 + ",,,,\n"                                        // 7
                + "\n"                                                    // 8
                + Accounts.unique("m-") + ",Mail,,,nope\n";                        // 9
        String body = browser.multipart()
                .multiPart("file", "roster.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(BASE + "/import").then().statusCode(400).extract().asString();
        assertTrue(body.contains("명단에 문제가 있어 아무 계정도 만들지 않았습니다."), body);
        List<String> reported = new ArrayList<>();
        Matcher lines = Pattern.compile("<li>(\\d+)번째 줄, ([a-z_]+): ").matcher(body);
        while (lines.find()) {
            reported.add(lines.group(1) + " " + lines.group(2));
        }
        assertEquals(List.of("3 username", "4 username", "5 username", "6 username", "7 display_name", "9 email"),
                reported);
        assertTrue(body.contains("2번째 줄과 겹치는 아이디입니다."));
        assertFalse(Accounts.exists(good));
        assertFalse(Accounts.exists(good2));
    }

    @Test
    void emptyUploadIsExplained() {
        SignedIn browser = SignedIn.instructor();
        browser.multipart().multiPart("file", "", new byte[0], "application/octet-stream")
                .when().post(BASE + "/import").then().statusCode(400)
                .body(containsString("파일을 고르거나"));
    }
}
