package dev.quizmark.support;

import java.net.URL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for all tests of a class (starting one per test would double the browser tests' time):
 * opened by the first test that asks for it, closed after the class.
 * {@code @RegisterExtension static final ClassBrowser chromium = new ClassBrowser(true);}
 */
public final class ClassBrowser implements AfterAllCallback {

    private final boolean javascript;
    private Browser browser;

    public ClassBrowser(boolean javascript) {
        this.javascript = javascript;
    }

    /** @param base the application's root, a test's {@code @TestHTTPResource("/")} */
    public Browser at(URL base) {
        if (browser == null) {
            browser = new Browser(base.toString(), javascript);
        }
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
