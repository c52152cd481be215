package dev.quizmark.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.instructor.ContentDisposition;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: {@code ?quiz=x.html";x="} landed in the export's Content-Disposition on the old main. Only quiz ids
 * are accepted now, and a name outside plain ASCII would travel in RFC 6266's {@code filename*}.
 */
@QuarkusTest
class ExportFileNameTest {

    @Inject
    QuizCatalog catalog;

    @Test
    void onlyQuizIdsReachTheFileName() {
        SignedIn instructor = SignedIn.instructor();
        Response injected = instructor.http().queryParam("quiz", "x.html\";x=\"").get("/instructor/export/grades.csv");
        assertEquals(400, injected.statusCode());
        assertNull(injected.getHeader("Content-Disposition"));
        assertTrue(injected.asString().startsWith("quiz: expected a quiz id"), injected.asString());
        assertEquals(400, instructor.http().queryParam("quiz", "퀴즈").get("/instructor/export/responses.csv").statusCode());

        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        Response export = instructor.http().queryParam("quiz", quiz.id()).get("/instructor/export/attempts.csv");
        assertEquals(200, export.statusCode());
        assertTrue(export.getHeader("Content-Disposition")
                .matches("attachment; filename=\"quizmark-attempts-" + quiz.id() + "-\\d{4}-\\d\\d-\\d\\d\\.csv\""),
                export.getHeader("Content-Disposition"));
    }

    @Test
    void namesOutsidePlainAsciiUseFilenameStar() {
        assertEquals("attachment; filename=\"grades-2025.csv\"", ContentDisposition.attachment("grades-2025.csv"));
        assertEquals("attachment; filename=\"__-a_b__.csv\"; filename*=UTF-8''%EC%84%B1%EC%A0%81-a%20b%22%3B.csv",
                ContentDisposition.attachment("성적-a b\";.csv"));
    }
}
