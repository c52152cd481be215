package dev.quizmark.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, critical: {@code /readings/...} serves reading passages and nothing else. On the old main a student
 * could read any quiz file (ticked choices, Answer: lines, explanations) through it.
 */
@QuarkusTest
class ReadingPassageTest {

    @Inject
    QuizCatalog catalog;

    @Test
    void onlyReadingPassagesAreServed() throws Exception {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        SignedIn student = SignedIn.newStudent();
        student.http().get("/readings/" + quiz.settings().readings().get(0).substring("readings/".length()))
                .then().statusCode(200);

        try (ReadingFolderTraps traps = new ReadingFolderTraps(catalog)) {
            String quizFile = traps.quizFile;
            List<String> refused = List.of(
                    "/readings/" + quizFile,                          // a quiz file, by its path in the folder
                    "/readings/..%2f" + quizFile,                     // encoded traversal out of readings/
                    "/readings/..%2F" + quizFile,
                    "/readings/%2e%2e%2f" + quizFile,
                    "/readings/..%5c" + quizFile,                     // backslash
                    "/readings/" + traps.linkToQuiz,                  // a symlink onto a quiz file
                    "/readings/" + traps.linkOutside,                 // a symlink out of the quizzes folder
                    "/readings/" + traps.textFile,                    // not Markdown
                    "/readings/..%2f..%2fpom.xml",                    // not in the folder, not Markdown
                    "/readings/..%2f..%2fREADME.md",                  // Markdown outside the folder
                    "/readings/%00.md",                               // NUL: not a path at all
                    "/readings/deepseek-r2-delay.md%00.txt");
            for (String path : refused) {
                student.http().urlEncodingEnabled(false).get(path).then().statusCode(404)
                        .body(not(containsString("Explanation:")))
                        .body(not(containsString(ReadingFolderTraps.OUTSIDE_MARKER)))
                        .body(not(containsString(ReadingFolderTraps.TEXT_MARKER)));
            }
        }
    }
}
