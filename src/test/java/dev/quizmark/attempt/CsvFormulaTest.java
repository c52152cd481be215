package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.support.Accounts;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Text an instructor typed into the account form comes out of every CSV export behind the formula guard (a
 * leading apostrophe) in the username, student-number and group columns, for a student who took a quiz through
 * the app.
 */
@QuarkusTest
class CsvFormulaTest {

    @Test
    void usernameStudentNumberAndGroupAreNeutralisedInEveryExport() throws IOException {
        // A username may start with '-' (a-z 0-9 . _ -); number and group are free text.
        String username = Accounts.unique("-cmd");
        String studentNumber = "+8210" + username.substring(4, 8);
        String group = "=HYPERLINK(\"http://x\"," + username.substring(4) + ")";
        SignedIn instructor = SignedIn.instructor();
        instructor.post("/instructor/accounts", Map.of("username", username, "displayName", "@SUM(A1)",
                "studentNumber", studentNumber, "group", group, "password", "formula-student-pw"))
                .then().statusCode(303);
        Quiz quiz = FixtureQuizzes.folder().add(FixtureQuizzes.quiz(s -> s));
        // An account the instructor made must choose its own password first.
        SignedIn.as(username, "formula-student-pw").post("/account/password", Map.of("current", "formula-student-pw",
                "password", "chosen-by-student", "confirm", "chosen-by-student")).then().statusCode(303);
        SignedIn student = SignedIn.as(username, "chosen-by-student");
        long id = student.start(quiz.id());
        student.saveQuestion(id, "short", Map.of("q.short", "Aider")).then().statusCode(200);
        student.submit(id).then().statusCode(303);

        for (String export : List.of("/instructor/export/grades.csv", "/instructor/export/attempts.csv",
                "/instructor/export/responses.csv", "/instructor/gradebook/export.csv")) {
            String body = instructor.http().queryParam("group", group).queryParam("bom", "false").get(export)
                    .then().statusCode(200).extract().asString();
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(body)).getRecords();
            List<CSVRecord> own = rows.stream().filter(r -> r.get("username").equals("'" + username)).toList();
            assertEquals(false, own.isEmpty(), export + " has the student's row, username guarded: " + body);
            for (CSVRecord row : own) {
                assertEquals("'" + studentNumber, row.get("student_number"), export);
                assertEquals("'" + group, row.get("group"), export);
                if (row.isMapped("display_name")) {
                    assertEquals("'@SUM(A1)", row.get("display_name"), export);
                }
            }
        }
    }
}
