package dev.quizmark.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

/**
 * A launch in headless Chromium from a course page on another site (the test platform on 127.0.0.1, Quizmark on
 * localhost) that embeds Quizmark in an iframe: the login redirect, the platform's form post of the id_token,
 * the framed launch page, and "Open the quiz", which takes the page's ticket to a window of its own. Over plain
 * HTTP the cookies are SameSite=Lax, so the cross-site frame gets none of them: the path a browser that blocks
 * third-party cookies takes.
 */
@QuarkusTest
@TestProfile(LtiIframeBrowserTest.PlatformOnLoopback.class)
class LtiIframeBrowserTest {

    /** The test platform serves plain HTTP on 127.0.0.1; real platforms are https: (the default). */
    public static class PlatformOnLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quizmark.lti.frame-ancestors", "https: http://127.0.0.1:*");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Inject
    QuizCatalog catalog;

    @Test
    void studentLaunchesFromTheCourseIframeAndTakesTheQuizInItsOwnWindow() throws Exception {
        String quiz = "deepseek-r2-delay";
        String base = root.toString().replaceAll("/$", "");
        try (TestPlatform platform = new TestPlatform(base)) {
            LtiTool tool = new LtiTool(platform).register();
            String course = "course-" + UUID.randomUUID().toString().substring(0, 6);
            tool.approve(course);
            String sub = "browser-" + course;
            platform.browserLaunch = nonce -> platform.launchClaims(nonce, sub, course, "link-1", quiz, LtiLaunchTest.LEARNER);
            platform.toolLoginUrl = base + "/lti/login?iss=" + URLEncoder.encode(platform.issuer, StandardCharsets.UTF_8)
                    + "&login_hint=" + sub + "&target_link_uri=" + URLEncoder.encode(base + "/lti/launch", StandardCharsets.UTF_8)
                    + "&client_id=" + TestPlatform.CLIENT_ID;
            try (Browser browser = new Browser(platform.base, true)) {
                browser.open("/course");
                browser.driver.switchTo().frame("tool");
                browser.waitFor(d -> !d.findElements(By.cssSelector("form[action='/lti/session'] button")).isEmpty());
                assertTrue(browser.driver.getPageSource().contains("Student " + sub), "the framed launch page greets the student");
                List<String> before = new ArrayList<>(browser.driver.getWindowHandles());
                browser.driver.findElement(By.cssSelector("form[action='/lti/session'] button")).click();
                browser.waitFor(d -> d.getWindowHandles().size() > before.size());
                String opened = browser.driver.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
                browser.driver.switchTo().window(opened);
                browser.waitFor(d -> d.getCurrentUrl().endsWith("/quizzes/" + quiz));
                String title = catalog.current(quiz).orElseThrow().title();
                browser.waitFor(d -> d.getPageSource().contains(title));
                assertTrue(browser.driver.getPageSource().contains("Student " + sub), "signed in as the launched student");
                // The quiz can be started there: its CSRF-protected form works in a first-party window.
                browser.driver.findElement(By.cssSelector("form[action='/quizzes/" + quiz + "/start'] button")).click();
                browser.waitFor(d -> d.getCurrentUrl().contains("/attempts/"));
                assertEquals(base, browser.driver.getCurrentUrl().substring(0, base.length()));
            }
        }
    }
}
