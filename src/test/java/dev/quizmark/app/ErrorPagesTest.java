package dev.quizmark.app;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.SignedIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 403, 404, 409, 413 and 500 in the visitor's language (the app's layout, or a stand-alone page), JSON for scripts. */
@QuarkusTest
class ErrorPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void studentsAskingForInstructorPagesGetALocalizedForbiddenPage() {
        SignedIn student = SignedIn.newStudent();
        student.http().get("/instructor").then().statusCode(403)
                .body(containsString("볼 수 없는 페이지입니다")).body(containsString("<header class=\"site\">"));
        student.http().cookie(Languages.COOKIE, "en").get("/instructor").then().statusCode(403)
                .body(containsString("You cannot see this page"));
    }

    @Test
    void unknownPagesGetALocalizedNotFoundPage() {
        SignedIn student = SignedIn.newStudent();
        student.http().get("/quizzes/no-such-quiz/nothing/here").then().statusCode(404)
                .body(containsString("페이지를 찾을 수 없습니다")).body(not(containsString("Resource not found")));
        student.http().get("/no-such-page").then().statusCode(404)
                .body(containsString("페이지를 찾을 수 없습니다")).body(not(containsString("Resource not found")));
    }

    /** A bug (here: a stored answer that is not JSON) gets a page with an error number, not Quarkus' English one. */
    @Test
    void aServerErrorGetsALocalizedPageWithAnErrorNumber() {
        BrokenAttempt broken = BrokenAttempt.withStoredAnswer("not json");
        SignedIn student = broken.student();
        long attempt = broken.attempt();

        Response korean = student.http().get("/attempts/" + attempt);
        assertEquals(500, korean.statusCode());
        String page = korean.asString();
        assertTrue(page.contains("서버에 문제가 생겼습니다") && page.contains("이미 저장된 답은 그대로 있습니다"), page);
        assertTrue(page.matches("(?s).*<p id=\"error-id\">오류 번호: [0-9a-f]{8}</p>.*"), page);
        assertTrue(page.contains("<header class=\"site\">") && page.contains("/assets/quizmark."), "the app's look");
        assertTrue(!page.contains("Internal Server Error") && !page.contains("bad stored answer"), "no internals: " + page);

        student.http().cookie(Languages.COOKIE, "en").get("/attempts/" + attempt).then().statusCode(500)
                .body(containsString("Something went wrong on the server")).body(containsString("Error number: "));
        Response json = student.http().accept("application/json, text/html;q=0.9").get("/attempts/" + attempt);
        assertEquals(500, json.statusCode());
        assertEquals("server-error", json.jsonPath().getString("code"));
        assertEquals(8, json.jsonPath().getString("id").length());
    }

    /**
     * Two requests create the same username at once: this test holds the other insert open, so the app's own check
     * passes and its insert waits on the unique key, then fails when the test commits. 409 with a page saying so.
     */
    @Test
    void aConflictingChangeGetsALocalizedConflictPage() throws Exception {
        String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn instructor = SignedIn.instructor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("insert into account (id, username, password_hash, role, "
                    + "display_name, enabled, created_at) values (-(extract(epoch from clock_timestamp()) * 1000000)::bigint, ?, 'x', 'STUDENT', 'Other', true, now())")) {
                insert.setString(1, username);
                insert.executeUpdate();
            }
            CompletableFuture<Response> created = CompletableFuture.supplyAsync(() -> instructor.post("/instructor/accounts",
                    Map.of("username", username, "displayName", "경쟁", "password", "race-password-123")));
            Thread.sleep(1500);
            other.commit();
            Response page = created.get(30, TimeUnit.SECONDS);
            assertEquals(409, page.statusCode(), page.asString());
            assertTrue(page.asString().contains("다른 변경과 겹쳤습니다") && page.asString().contains("<header class=\"site\">"),
                    page.asString());
        }
    }

    /**
     * An upload above quarkus.http.limits.max-body-size, sent as a browser sends a file form (with its
     * Content-Length): a page that names the limit, not an empty answer or a closed connection.
     */
    @Test
    void anUploadAboveTheLimitGetsAPageNamingTheLimit() throws Exception {
        SignedIn instructor = SignedIn.instructor();
        String boundary = "----quizmark" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + instructor.csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write("a".repeat(11 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "instructor/accounts/import")).version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", dev.quizmark.support.SignIn.SESSION_COOKIE + "=" + instructor.session + "; " + dev.quizmark.support.SignIn.CSRF_COOKIE + "=" + instructor.csrfCookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        java.net.http.HttpResponse<String> upload = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(413, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("10 MB") && upload.body().contains("보낸 내용이 너무 큽니다"), upload.body());

        String pasted = "username,display_name\n" + "student,Student Name\n".repeat(2000);
        assertTrue(pasted.getBytes(StandardCharsets.UTF_8).length > 32 * 1024);
        Response form = instructor.multipart().multiPart("text", pasted).post("/instructor/accounts/import");
        assertEquals(413, form.statusCode());
        assertTrue(form.asString().contains("32 KB") && form.asString().contains("10 MB") && !form.asString().contains("500자"),
                form.asString());
    }

    /** A student's attempt whose stored answer was corrupted behind the app's back: viewing it is a server error. */
    record BrokenAttempt(SignedIn student, long attempt) {
        static BrokenAttempt withStoredAnswer(String answerJson) {
            Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
            SignedIn student = SignedIn.newStudent();
            long attempt = student.start(quiz.id());
            assertEquals(303, student.save(attempt, Map.of("present", List.of("short"), "q.short", "답")).statusCode());
            QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                    .createNativeQuery("update question_response set answer_json = ?2 where attempt_id = ?1")
                    .setParameter(1, attempt).setParameter(2, answerJson).executeUpdate());
            return new BrokenAttempt(student, attempt);
        }
    }
}
