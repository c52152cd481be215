package dev.quizmark.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.quiz.QuizSettings;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, review rules: with {@code feedback: after_close}, the review follows the quiz's current closing time.
 * On the old main it followed the closing time pinned in the attempt's version, so after an instructor extended
 * the quiz, a student who had submitted saw the key (and the highlighted source sentence) while classmates
 * could still answer.
 */
@QuarkusTest
class ReviewAfterExtensionTest {

    static final String READING = "readings/deepseek-r2-delay.md";
    static final String QUOTE = "결국 핵심 훈련 작업을 다시 엔비디아의 하드웨어로 되돌려야 했고";

    @Test
    void anExtensionClosesTheReviewAgain() {
        FixtureQuizzes.Folder catalog = FixtureQuizzes.folder();
        OffsetDateTime now = OffsetDateTime.now();
        Quiz started = catalog.add(FixtureQuizzes.withQuote(FixtureQuizzes.quiz(s -> closing(s, now.plusHours(1))), "single",
                READING, QUOTE));
        SignedIn student = SignedIn.newStudent();
        long attempt = student.start(started.id());
        student.submit(attempt);
        String review = "/attempts/" + attempt + "/review";
        String quoteLink = "/readings/deepseek-r2-delay.md?quote=" + attempt + ":single";
        student.http().get(review).then().statusCode(200).body(not(containsString("EXPLAIN-")));

        // The instructor moves the closing time into the past: the review opens.
        catalog.edit(started, s -> closing(s, now.minusMinutes(1)));
        student.http().get(review).then().statusCode(200).body(containsString("EXPLAIN-single"));
        student.http().get(quoteLink).then().statusCode(200).body(containsString("<mark id=\"quote\">"));

        // The instructor moves available_until two hours later: a new version, and the review is shut again.
        catalog.edit(started, s -> closing(s, now.plusHours(2)));
        student.http().get(review).then().statusCode(200)
                .body(not(containsString("EXPLAIN-"))).body(not(containsString("FEEDBACK-")))
                .body(containsString("퀴즈가 마감된 뒤"));
        student.http().get(quoteLink).then().statusCode(200).body(not(containsString("<mark")));
    }


    private static QuizSettings closing(QuizSettings s, OffsetDateTime until) {
        return FixtureQuizzes.window(s.availableFrom(), until).apply(FixtureQuizzes.feedback(Feedback.AFTER_CLOSE).apply(s));
    }
}
