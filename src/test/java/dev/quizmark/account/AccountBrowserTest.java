package dev.quizmark.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.Accounts;
import dev.quizmark.support.Browser;
import dev.quizmark.support.ClassBrowser;
import dev.quizmark.support.SignIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Accounts by real clicks in headless Chromium (one browser for the class): the instructor creates an account,
 * resets its password and disables it; the student changes the one-time password at first sign-in; a visitor
 * registers with the join code.
 */
@QuarkusTest
class AccountBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser(true);

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.at(base);
    }

    private static Account stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
    }

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a button and waits until the browser has left {@code from} (the post answered and was followed). */
    private void clickAndLeave(By button, String from) {
        browser.driver.findElement(button).click();
        browser.waitFor(d -> !browser.path().equals(from));
    }

    /** Waits until the browser shows {@code path} (after redirects); fails with the path it shows otherwise. */
    private void arrive(String path) {
        try {
            browser.waitFor(d -> browser.path().equals(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(path, browser.path());
        }
    }

    /** The one-time password page's password, after the instructor pressed "reset" in the account's row and confirmed. */
    private String resetByClick(long accountId) {
        browser.open("/instructor/accounts");
        clickAndLeave(By.cssSelector("#account-" + accountId + " a[href$='/confirm/reset']"), "/instructor/accounts");
        browser.driver.findElement(By.cssSelector("form[action$='/reset-password'] button")).click();
        return browser.waitFor(d -> d.findElements(By.id("one-time-password")).stream().findFirst()
                .map(WebElement::getText).filter(t -> !t.isBlank()).orElse(null));
    }

    @Test
    void instructorCreatesResetsAndDisablesAndTheStudentChoosesAPassword() {
        String username = Accounts.unique("clicked-");
        String group = Accounts.unique("grp-");
        browser.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        browser.open("/instructor/accounts");
        browser.driver.findElement(By.cssSelector("a[href='/instructor/accounts/new']")).click();
        browser.waitFor(d -> browser.path().equals("/instructor/accounts/new"));
        type("username", username);
        type("displayName", "클릭 학생");
        type("studentNumber", "20251234");
        type("group", group);
        type("password", "given-by-instructor");
        clickAndLeave(By.cssSelector("form.account-form button[type=submit]"), "/instructor/accounts/new");
        assertTrue(browser.path().startsWith("/instructor/accounts?done=created"), browser.path());
        assertTrue(browser.driver.findElement(By.id("notice")).getText().contains(username + " 계정을 만들었습니다."));
        Account created = stored(username);
        assertEquals(group, created.groupName);
        assertEquals("20251234", created.studentNumber);
        assertEquals(Role.STUDENT, created.role);
        assertTrue(created.mustChangePassword, "a password the instructor chose is one-time");

        // The student's first sign-in goes to the password page; the new password is the one that works.
        browser.signIn(username, "given-by-instructor");
        arrive("/account/password");
        type("pw-current", "given-by-instructor");
        type("pw-new", "chosen-by-the-student");
        type("pw-confirm", "chosen-by-the-student");
        clickAndLeave(By.cssSelector("form[action='/account/password'] button[type=submit]"), "/account/password");
        arrive("/login?changed=true");
        assertFalse(stored(username).mustChangePassword);
        assertNull(SignIn.session(username, "given-by-instructor"));
        browser.signIn(username, "chosen-by-the-student");
        arrive("/quizzes");

        // The instructor resets it: a new one-time password replaces the student's.
        browser.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
        String oneTime = resetByClick(created.id);
        assertNull(SignIn.session(username, "chosen-by-the-student"));
        assertNotNull(SignIn.session(username, oneTime));
        assertTrue(stored(username).mustChangePassword);

        // And disables it: sign-in is refused, the list says so.
        browser.open("/instructor/accounts");
        clickAndLeave(By.cssSelector("#account-" + created.id + " a[href$='/confirm/disable']"), "/instructor/accounts");
        assertTrue(browser.driver.findElement(By.id("confirm-question")).getText().contains("클릭 학생"));
        clickAndLeave(By.cssSelector("form[action$='/disable'] button"), browser.path());
        assertTrue(browser.path().contains("done=disabled"), browser.path());
        assertFalse(stored(username).enabled);
        assertTrue(browser.driver.findElement(By.id("account-" + created.id)).getText().contains("사용 중지됨"));
        assertNull(SignIn.session(username, oneTime));
    }

    @Test
    void aVisitorRegistersWithTheJoinCode() {
        String username = Accounts.unique("reg-");
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.driver.findElement(By.cssSelector("a[href='/register']")).click();
        browser.waitFor(d -> browser.path().equals("/register"));
        type("joinCode", "test-join-code");
        type("username", username);
        type("displayName", "가입한 학생");
        type("password", "registered-password");
        clickAndLeave(By.cssSelector("form.account-form button[type=submit]"), "/register");
        arrive("/login?registered=true");
        Account account = stored(username);
        assertEquals(Role.STUDENT, account.role);
        assertFalse(account.mustChangePassword);
        browser.signIn(username, "registered-password");
        arrive("/quizzes");
    }
    @Test
    void instructorUploadsARosterFileAndDownloadsTheOneTimePasswords() throws IOException {
        String username = Accounts.unique("roster-");
        Path roster = Files.createTempFile("roster-", ".csv");
        Files.writeString(roster, "username,display_name,group\n" + username + ",명단 학생,R1\n");
        Path downloads = Files.createTempDirectory("quizmark-roster-");
        try (Browser b = new Browser(base.toString(), true, downloads)) {
            b.signIn(Accounts.INSTRUCTOR, Accounts.INSTRUCTOR_PASSWORD);
            b.open("/instructor/accounts");
            b.driver.findElement(By.cssSelector("a[href='/instructor/accounts/import']")).click();
            b.waitFor(d -> b.path().equals("/instructor/accounts/import"));
            b.driver.findElement(By.id("file")).sendKeys(roster.toString());
            b.driver.findElement(By.cssSelector("form[action='/instructor/accounts/import'] button[type=submit]")).click();
            // The progress page refreshes itself until the passwords are hashed.
            b.waitFor(d -> d.findElements(By.id("download-passwords")).isEmpty() ? null : true);
            assertEquals("학생 계정 1개를 만들었습니다.", b.driver.findElement(By.id("import-status")).getText());
            b.driver.findElement(By.id("download-passwords")).click();
            String csv = b.waitFor(d -> downloaded(downloads));
            java.util.regex.Matcher row = java.util.regex.Pattern
                    .compile("\r\n" + username + ",명단 학생,R1,([A-Za-z0-9]{12,})\r\n").matcher(csv);
            assertTrue(csv.startsWith("\uFEFFusername,display_name,group,one_time_password\r\n") && row.find(), csv);
            Account created = stored(username);
            assertEquals("R1", created.groupName);
            assertTrue(created.mustChangePassword);
            assertNotNull(SignIn.session(username, row.group(1)));
        }
    }

    /** The downloaded CSV once Chromium has finished writing it, or null. */
    private static String downloaded(Path folder) {
        try (var files = Files.list(folder)) {
            List<Path> all = files.toList();
            if (all.size() != 1 || !all.get(0).toString().endsWith(".csv")) {
                return null;
            }
            String text = Files.readString(all.get(0), StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text : null;
        } catch (IOException e) {
            return null;
        }
    }
}
