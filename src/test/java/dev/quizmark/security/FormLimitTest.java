package dev.quizmark.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a short answer of 228 Korean characters got an empty 413 on the old main (form fields were capped at
 * 2 KB) and the whole page of answers was lost. Every input the page allows now fits with a wide margin; text
 * beyond an input's maxlength is cut with a notice and the rest of the page is saved; a form beyond the request
 * limits gets a page that says why.
 */
@QuarkusTest
class FormLimitTest {

    /** The maxlength of the answer inputs (PostedForm.MAX_TEXT). */
    static final int MAX = 500;
    /** Worst case per UTF-16 unit of an input: a Korean syllable, 3 UTF-8 bytes, each percent-encoded as %XX. */
    static final int ENCODED_BYTES_PER_CHAR = 9;

    FixtureQuizzes.Folder catalog;
    Quiz quiz;
    SignedIn student;
    long attempt;

    @BeforeEach
    void setUp() {
        catalog = FixtureQuizzes.folder();
        quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        student = SignedIn.newStudent();
        attempt = student.start(quiz.id());
    }

    @Test
    void everyInputFitsWithAWideMargin() {
        MemorySize fieldLimit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-form-attribute-size", MemorySize.class);
        assertTrue(fieldLimit.asLongValue() >= 4L * MAX * ENCODED_BYTES_PER_CHAR,
                "a form field may hold " + fieldLimit.asLongValue() + " bytes, less than 4 x " + MAX + " Korean characters");

        String page = student.http().get("/attempts/" + attempt).asString();
        Matcher inputs = Pattern.compile("<input type=\"text\"[^>]*>").matcher(page);
        int count = 0;
        while (inputs.find()) {
            count++;
            Matcher maxlength = Pattern.compile("maxlength=\"(\\d+)\"").matcher(inputs.group());
            assertTrue(maxlength.find() && Integer.parseInt(maxlength.group(1)) <= MAX, "no or too long maxlength: " + inputs.group());
        }
        assertEquals(4, count, "short, numeric and two cloze blanks");

        String korean228 = "가".repeat(228);
        Response saved = student.save(attempt, Map.of("present", List.of("short", "numeric", "cloze"),
                "q.short", korean228, "q.numeric", "7".repeat(50), "q.cloze.1", "나".repeat(MAX), "q.cloze.2", "다".repeat(MAX)));
        assertEquals(303, saved.statusCode(), saved.asString());
        student.http().get("/attempts/" + attempt).then().statusCode(200)
                .body(containsString("value=\"" + korean228 + "\"")).body(containsString("value=\"" + "나".repeat(MAX) + "\""))
                .body(containsString("value=\"" + "다".repeat(MAX) + "\""));
    }

    @Test
    void textBeyondTheInputLimitIsCutWithANoticeAndNothingElseIsLost() {
        String fourTimes = "라".repeat(4 * MAX);
        Response saved = student.save(attempt, Map.of("present", List.of("short", "cloze"), "q.short", fourTimes,
                "q.cloze.1", "128000", "q.cloze.2", "400", "go", "submit"));
        assertEquals(303, saved.statusCode(), saved.asString());
        String location = saved.getHeader("Location");
        assertTrue(location.contains("cut=short"), "back to the page with the notice, not on to submit: " + location);

        String page = student.http().get(location.substring(location.indexOf("/attempts/"))).asString();
        assertTrue(page.contains("value=\"" + "라".repeat(MAX) + "\""), "the first " + MAX + " characters are kept");
        assertTrue(page.contains("value=\"128000\"") && page.contains("value=\"400\""), "the other answers are saved");
        assertTrue(page.contains(MAX + "자"), "a notice in the page language says what happened");

        Response json = student.saveQuestion(attempt, "short", Map.of("q.short", fourTimes));
        assertEquals(200, json.statusCode(), json.asString());
        assertEquals(Boolean.TRUE, json.jsonPath().get("cut"));
    }

    @Test
    void aFormBeyondTheRequestLimitsGetsAPageThatSaysWhy() {
        String huge = "마".repeat(40_000);
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("present", List.of("short"), "q.short", huge));
        Response page = student.save(attempt, fields);
        assertEquals(413, page.statusCode());
        assertTrue(page.asString().contains("data-code=\"too-large\"") && page.asString().contains("500자"), page.asString());

        Response english = student.form().cookie("quizmark-lang", "en").formParam("present", "short")
                .formParam("q.short", huge).post("/attempts/" + attempt);
        assertEquals(413, english.statusCode());
        assertTrue(english.asString().contains("500 characters"), english.asString());

        Response json = student.http().header("X-CSRF-TOKEN", student.csrfToken).accept("application/json")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body("q.short=" + URLEncoder.encode(huge, StandardCharsets.UTF_8)).post("/attempts/" + attempt + "/questions/short");
        assertEquals(413, json.statusCode());
        assertEquals("too-large", json.jsonPath().getString("code"));
        student.http().get("/attempts/" + attempt).then().statusCode(200).body(not(containsString(huge.substring(0, 100))));
    }
}
