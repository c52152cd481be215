package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.ReadingLibrary;
import dev.quizmark.quiz.ReadingPassage;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadingPageTest {

    static final ReadingPassage PASSAGE = new ReadingPassage("readings/fixture.md", "Fixture article", "A subtitle", "Fixture Times",
            "Kim Reporter", "2025-09-27", "https://news.example/fixture", "Used for teaching; © Fixture Times",
            "<p>Intro. QUOTE-single sentence. More text.</p>", "Intro. QUOTE-single sentence. More text.");

    /** Serves one passage; highlighting is the library's own. */
    static final class Library extends ReadingLibrary {
        Library() {
            super(java.nio.file.Path.of("quizzes"));
        }

        @Override
        public Optional<ReadingPassage> passage(String path) {
            return PASSAGE.path().equals(path) ? Optional.of(PASSAGE) : Optional.empty();
        }
    }

    FixtureQuizzes.Catalog catalog;

    @BeforeEach
    void setUp() {
        catalog = FixtureQuizzes.install();
        QuarkusMock.installMockForType(new Library(), ReadingLibrary.class);
    }

    @Test
    void passageShowsItsSourceDetails() {
        Student student = Student.create();
        student.http().get("/readings/fixture.md").then().statusCode(200)
                .body(containsString("<h1>Fixture article</h1>")).body(containsString("A subtitle")).body(containsString("Fixture Times"))
                .body(containsString("Kim Reporter")).body(containsString("2025-09-27"))
                .body(containsString("href=\"https://news.example/fixture\"")).body(containsString("© Fixture Times"))
                .body(not(containsString("<mark")));
        student.http().get("/readings/missing.md").then().statusCode(404);
        given().redirects().follow(false).get("/readings/fixture.md").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void quoteIsHighlightedOnlyForTheOwnerOnceTheReviewIsOpen() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        Student student = Student.create();
        long id = student.start(quiz.id());
        String link = "/readings/fixture.md?quote=" + id + ":single";
        student.http().get(link).then().statusCode(200).body(not(containsString("<mark")));
        student.submit(id).then().statusCode(303);
        student.http().get(link).then().statusCode(200)
                .body(containsString("<mark id=\"quote\">QUOTE-single sentence</mark>"))
                .body(containsString("href=\"#quote\""));
        Student other = Student.create();
        other.http().get(link).then().statusCode(200).body(not(containsString("<mark")));
        student.http().get("/readings/fixture.md?quote=" + id + ":nope").then().statusCode(200).body(not(containsString("<mark")));
        student.http().get("/readings/fixture.md?quote=junk").then().statusCode(200).body(not(containsString("<mark")));
    }
}
