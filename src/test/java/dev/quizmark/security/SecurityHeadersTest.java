package dev.quizmark.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, headers: every response forbids framing (a same-site page could click-jack "disable account" on the
 * old main), inline script and content sniffing, and keeps the Referer on the site; pages with attempts,
 * reviews, results and exports are never stored. The pages themselves carry no inline script, event handler
 * or style attribute, so the policy does not need {@code 'unsafe-inline'}.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    @Inject
    QuizCatalog catalog;

    private record Page(String who, String path, boolean private_, RequestSpecification request) {
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        SignedIn student = SignedIn.newStudent();
        long inProgress = student.start(quiz.id());
        SignedIn reviewer = SignedIn.newStudent();
        long submitted = reviewer.start(quiz.id());
        reviewer.submit(submitted);
        SignedIn instructor = SignedIn.instructor();
        String reading = quiz.settings().readings().get(0).substring("readings/".length());

        List<Page> pages = List.of(
                new Page("anonymous", "/", false, given()),
                new Page("anonymous", "/login", false, given()),
                new Page("anonymous", "/quizmark.css", false, given()),
                new Page("anonymous", "/attempt.js", false, given()),
                new Page("anonymous", "/no-such-page", false, given()),
                new Page("student", "/quizzes", false, student.http()),
                new Page("student", "/quizzes/" + quiz.id(), false, student.http()),
                new Page("student", "/readings/" + reading, false, student.http()),
                new Page("student", "/attempts/" + inProgress, true, student.http()),
                new Page("student", "/attempts/" + inProgress + "/submit", true, student.http()),
                new Page("student", "/attempts/" + submitted + "/review", true, reviewer.http()),
                new Page("instructor", "/instructor", true, instructor.http()),
                new Page("instructor", "/instructor/quizzes/" + quiz.id(), true, instructor.http()),
                new Page("instructor", "/instructor/attempts/" + submitted, true, instructor.http()),
                new Page("instructor", "/instructor/accounts", true, instructor.http()),
                new Page("instructor", "/instructor/preview/" + quiz.id(), true, instructor.http()),
                new Page("instructor", "/instructor/export/grades.csv", true, instructor.http()),
                new Page("instructor", "/instructor/export/responses.csv", true, instructor.http()));

        List<String> wrong = new ArrayList<>();
        for (Page page : pages) {
            Response response = page.request().redirects().follow(false).get(page.path());
            String where = page.who() + " " + page.path() + " (" + response.statusCode() + "): ";
            String csp = response.getHeader("Content-Security-Policy");
            if (csp == null || !csp.contains("frame-ancestors 'none'") || !csp.contains("script-src 'self'")
                    || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
                wrong.add(where + "Content-Security-Policy " + csp);
            }
            if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
                wrong.add(where + "X-Content-Type-Options " + response.getHeader("X-Content-Type-Options"));
            }
            if (!"same-origin".equals(response.getHeader("Referrer-Policy"))) {
                wrong.add(where + "Referrer-Policy " + response.getHeader("Referrer-Policy"));
            }
            if (page.private_() && !"no-store".equals(response.getHeader("Cache-Control"))) {
                wrong.add(where + "Cache-Control " + response.getHeader("Cache-Control"));
            }
            String type = response.getContentType();
            if (type != null && type.startsWith("text/html")) {
                Matcher inline = INLINE.matcher(response.asString());
                if (inline.find()) {
                    wrong.add(where + "inline script or style: " + inline.group());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
