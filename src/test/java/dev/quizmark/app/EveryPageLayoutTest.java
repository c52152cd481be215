package dev.quizmark.app;

import dev.quizmark.support.SignedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the app (anonymous, student and instructor; every open shipped quiz before, during and after an
 * attempt, each of its attempt pages, its readings, the error pages) at 360 and 390 px phones and a 1280 px
 * laptop in Chromium: the document is never wider than the viewport, and no control (link, button, field) is
 * covered by something else at its centre once scrolled into view. Every page is also checked with axe-core.
 */
@QuarkusTest
class EveryPageLayoutTest {

    static final int[] WIDTHS = { 360, 390, 1280 };

    /** Problems of the page as it is laid out now: overflow, and controls another element covers. */
    static final String CHECK = """
            var problems = [];
            var de = document.documentElement;
            // The device width, not clientWidth: a phone browser widens its layout viewport to fit wide content.
            var width = arguments[0];
            function clipped(el) {
              for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') { return true; }
              }
              return false;
            }
            // Elements sticking out on the right that no scroll box clips (outermost only), and what the
            // document's own scroll width says (it also sees positioned boxes escaping a scroll box).
            var wide = Array.prototype.filter.call(document.body.querySelectorAll('*'), function (el) {
              var parent = el.parentElement;
              return el.getBoundingClientRect().right > width + 1 && !clipped(el)
                  && !(parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1);
            });
            var documentWidth = Math.max(de.scrollWidth, de.clientWidth);
            if (documentWidth > width || wide.length > 0) {
              var named = wide.slice(0, 3).map(describe);
              problems.push('document is ' + Math.max(documentWidth, Math.round(Math.max.apply(null, wide.map(function (el) {
                  return el.getBoundingClientRect().right; }).concat([0])))) + ' px wide on a ' + width + ' px screen: ' + named.join(', '));
            }
            function describe(el) {
              if (!el) { return 'nothing (outside the viewport)'; }
              var text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30);
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' "' + text + '"';
            }
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (el) {
              if (el.closest('.visually-hidden, .skip, [hidden]')) { return; }
              var style = getComputedStyle(el);
              if (style.visibility === 'hidden' || style.display === 'none') { return; }
              var box = el.getClientRects()[0];
              if (!box || box.width === 0 || box.height === 0) { return; }
              el.scrollIntoView({ block: 'center', inline: 'center' });
              box = el.getClientRects()[0];
              var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              var ok = hit && (hit === el || el.contains(hit) || (hit.tagName === 'LABEL' && hit.control === el));
              if (!ok) { problems.push(describe(el) + ' is covered by ' + describe(hit)); }
            });
            window.scrollTo(0, 0);
            return problems;
            """;

    @TestHTTPResource("/")
    URL base;

    @Inject
    QuizCatalog catalog;

    private final List<String> problems = new ArrayList<>();
    private final Set<String> axeChecked = new LinkedHashSet<>();

    @Test
    void noPageOverflowsOrCoversAControlOnPhonesAndLaptops() {
        List<Quiz> shipped = catalog.openQuizzes().stream()
                .filter(q -> q.settings().availableFrom() == null || q.settings().availableFrom().toInstant().isBefore(Instant.now()))
                .filter(q -> q.settings().availableUntil() == null || q.settings().availableUntil().toInstant().isAfter(Instant.now()))
                .toList();
        SignedIn student = SignedIn.newStudent();
        long attemptId = 0;
        try (Browser b = new Browser(base.toString(), true)) {
            for (String path : List.of("/", "/login", "/register")) {
                check(b, path);
            }
            b.signIn(student.username, student.password);
            check(b, "/quizzes");
            check(b, "/account/password");
            check(b, "/no-such-page");
            check(b, "/instructor");
            for (Quiz quiz : shipped) {
                check(b, "/quizzes/" + quiz.id());
                for (WebElement reading : b.driver.findElements(By.cssSelector("main a[href^='/readings/']"))) {
                    String href = reading.getAttribute("href").substring(base.toString().length() - 1);
                    b.driver.navigate().to(reading.getAttribute("href"));
                    check(b, href);
                    b.driver.navigate().back();
                    break;
                }
                b.open("/quizzes/" + quiz.id());
                b.driver.findElement(By.xpath("//button[normalize-space()='응시 시작' or normalize-space()='이어서 풀기']")).click();
                b.waitFor(d -> b.path().matches("/attempts/\\d+.*"));
                attemptId = Long.parseLong(b.path().replaceAll("/attempts/(\\d+).*", "$1"));
                check(b, "/quizzes");
                int pages = b.driver.findElements(By.cssSelector(".navigator .nav-q")).stream()
                        .mapToInt(e -> Integer.parseInt(e.getAttribute("value").split(":")[0])).max().orElse(1);
                for (int page = 1; page <= pages; page++) {
                    check(b, "/attempts/" + attemptId + "?page=" + page);
                }
                check(b, "/attempts/" + attemptId + "/submit");
                b.driver.findElement(By.id("submit-attempt")).click();
                long id = attemptId;
                b.waitFor(d -> b.path().endsWith("/attempts/" + id + "/review"));
                check(b, "/attempts/" + attemptId + "/review");
                check(b, "/quizzes/" + quiz.id());
            }
            check(b, "/quizzes");

            b.signIn("instructor", "instructor-test-password");
            List<String> instructorPages = new ArrayList<>(List.of("/instructor", "/instructor/gradebook", "/instructor/preview",
                    "/instructor/accounts", "/instructor/accounts/new", "/instructor/accounts/import",
                    "/instructor/students/" + student.accountId, "/instructor/attempts/" + attemptId,
                    "/instructor/attempts/" + attemptId + "/review", "/account/password"));
            for (Quiz quiz : shipped) {
                instructorPages.add("/instructor/quizzes/" + quiz.id());
                instructorPages.add("/instructor/preview/" + quiz.id());
            }
            for (String path : instructorPages) {
                check(b, path);
            }
        }
        assertEquals(List.of(), problems, "layout problems");
    }

    /** Opens the page and checks it at every width; axe-core once per page. */
    private void check(Browser b, String path) {
        b.open(path);
        ChromeDriver chrome = (ChromeDriver) b.driver;
        for (int width : WIDTHS) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((JavascriptExecutor) b.driver).executeScript(CHECK, width);
            found.forEach(p -> problems.add(path + " at " + width + " px: " + p));
        }
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        String page = b.path().replaceAll("\\d+", "N");
        if (axeChecked.add(page)) {
            b.seriousAccessibilityViolations().forEach(v -> problems.add(path + " axe-core: " + v));
        }
    }

    /** The check itself finds what it is for: a box that widens the page, and a bar over a button. */
    @Test
    void theCheckFindsOverflowAndCoveredControls() {
        try (Browser b = new Browser(base.toString(), true)) {
            b.open("/login");
            ((JavascriptExecutor) b.driver).executeScript("var wide = document.createElement('div'); wide.style.width = '600px';"
                    + "document.querySelector('main').appendChild(wide);"
                    + "var bar = document.createElement('div'); bar.style.cssText = 'position:fixed;inset:0;background:#fff';"
                    + "document.body.appendChild(bar);");
            ((ChromeDriver) b.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((JavascriptExecutor) b.driver).executeScript(CHECK, 360);
            org.junit.jupiter.api.Assertions.assertTrue(found.stream().anyMatch(p -> p.startsWith("document is 6")), found.toString());
            org.junit.jupiter.api.Assertions.assertTrue(found.stream().anyMatch(p -> p.startsWith("button") && p.contains("covered by div")), found.toString());
        }
    }
}
