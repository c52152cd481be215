package dev.quizmark.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, both by explicit path, so Selenium never
 * tries to download a driver or browser. Each browser gets a fresh profile directory.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** axe-core, bundled in Deque's com.deque.html.axe-core:selenium test dependency. */
    static final String AXE = "/axe.min.js";

    public final WebDriver driver;
    private final Path profile;
    private final String base;

    public Browser(String base, boolean javascript) {
        this(base, javascript, null);
    }

    /** @param downloads folder for downloaded files, or null */
    public Browser(String base, boolean javascript, Path downloads) {
        this(base, javascript, downloads, Map.of(), false);
    }

    /**
     * @param morePrefs further Chromium preferences (e.g. {@code profile.cookie_controls_mode: 1} blocks
     *     third-party cookies)
     * @param acceptInsecureCerts trust any TLS certificate (a test server's self-signed one)
     */
    public Browser(String base, boolean javascript, Path downloads, Map<String, Object> morePrefs, boolean acceptInsecureCerts) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            fail("Browser tests need Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            profile = Files.createTempDirectory("quizmark-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=ko");
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", "ko"));
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        prefs.putAll(morePrefs);
        options.setExperimentalOption("prefs", prefs);
        options.setAcceptInsecureCerts(acceptInsecureCerts);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Waits up to 10 s; an element found on the page being left (stale once the next one loads) just means "not yet". */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
        waitFor(d -> !path().startsWith("/login") && !path().startsWith("/j_security_check"));
    }

    /** Runs axe-core in the page; returns "rule: impact (targets)" for every serious or critical violation. */
    public List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            fail("axe-core failed: " + json);
        }
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : new ObjectMapper().readTree(json)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    serious.add(violation.path("id").asText() + ": " + impact + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return serious;
    }

    private static String axeSource() {
        try (var in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                fail("axe-core is missing from the test class path (com.deque.html.axe-core:selenium in pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void assertAccessible(String page) {
        assertEquals(List.of(), seriousAccessibilityViolations(), "serious accessibility problems on " + page);
    }

    /**
     * With -Dscreenshots=DIR (not quizmark.*: the app's config mapping refuses unknown quizmark.* properties), saves the page as DIR/name.png at phone width (390 px) and
     * desktop width, for a person to look at; otherwise does nothing.
     */
    public void screenshot(String name) {
        String dir = System.getProperty("screenshots");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            for (int width : new int[] {390, 1280}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 2400));
                byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                Files.write(Path.of(dir, name + "-" + width + ".png"), png);
            }
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
