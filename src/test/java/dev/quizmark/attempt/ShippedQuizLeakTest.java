package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Before grading, no answer material of any shipped quiz (quizzes/) reaches the student: every page of a
 * fresh attempt, the submit confirmation, the quiz page and the background save's JSON are searched for
 * every explanation, per-choice feedback and source quote, and for pre-selected answers; the review's quote
 * links highlight nothing yet.
 */
@QuarkusTest
class ShippedQuizLeakTest {

    @Inject
    QuizCatalog catalog;

    @Test
    void noAnswerMaterialBeforeGrading() {
        List<Quiz> quizzes = catalog.openQuizzes().stream().filter(quiz -> !quiz.path().startsWith("fixtures/")).toList();
        assertFalse(quizzes.isEmpty(), "no shipped quizzes were loaded from quizzes/");
        SignedIn student = SignedIn.newStudent();
        int checkedTexts = 0;
        for (Quiz quiz : quizzes) {
            long id = freshAttempt(student, quiz);
            List<String> seen = new ArrayList<>();
            int pages = quiz.settings().pageSize() > 0
                    ? (quiz.questions().size() + quiz.settings().pageSize() - 1) / quiz.settings().pageSize() : 1;
            for (int page = 1; page <= pages; page++) {
                seen.add(student.http().get("/attempts/" + id + "?page=" + page).then().statusCode(200).extract().asString());
            }
            seen.add(student.http().get("/attempts/" + id + "/submit").then().statusCode(200).extract().asString());
            seen.add(student.http().get("/quizzes/" + quiz.id()).then().statusCode(200).extract().asString());
            Question first = quiz.questions().get(0);
            seen.add(student.saveQuestion(id, first.id(), java.util.Map.of()).then().statusCode(200).extract().asString());

            // The quote links of the review lead nowhere before grading: no highlighted sentence.
            for (Question q : quiz.questions()) {
                String reading = quiz.readingOf(q);
                if (q.sourceQuote() != null && reading != null) {
                    String passage = student.http().get(ReadingResource.url(reading) + "?quote=" + id + ":" + q.id())
                            .then().statusCode(200).extract().asString();
                    assertFalse(passage.contains("<mark"), quiz.path() + ": quote of " + q.id() + " highlighted before grading");
                }
            }
            List<String> secrets = new ArrayList<>();
            for (Question q : quiz.questions()) {
                secrets.add(q.explanationHtml());
                secrets.add(q.sourceQuote());
                if (q.kind() instanceof ChoiceQuestion choices) {
                    choices.choices().forEach(c -> secrets.add(c.feedbackHtml()));
                }
            }
            for (String html : seen) {
                String text = text(html);
                for (String secret : secrets) {
                    String needle = text(secret == null ? "" : secret);
                    if (needle.length() >= 4) {
                        checkedTexts++;
                        assertFalse(text.contains(needle), quiz.path() + ": answer material visible before grading: " + needle);
                    }
                }
                assertFalse(html.contains(" checked"), quiz.path() + ": a choice is pre-selected");
                assertFalse(Pattern.compile("<option value=\"[^\"]+\" selected").matcher(html).find(), quiz.path() + ": a select is pre-set");
                assertFalse(Pattern.compile("(?i)data-(correct|key|answer)|class=\"[^\"]*correct").matcher(html).find(),
                        quiz.path() + ": correct-answer marker");
                assertFalse(Pattern.compile("<input type=\"text\"[^>]*value=\"[^\"]+\"").matcher(html).find(),
                        quiz.path() + ": a text answer is pre-filled");
            }
        }
        assertTrue(checkedTexts > 0, "the shipped quizzes have explanations, feedback or quotes to look for");
    }

    /** An attempt as the service creates it, also for quizzes outside their window (the check is about rendering). */
    private static long freshAttempt(SignedIn student, Quiz quiz) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attempt attempt = new Attempt();
            attempt.accountId = student.accountId;
            attempt.quizId = quiz.id();
            attempt.contentHash = quiz.contentHash();
            attempt.seed = quiz.id().hashCode();
            attempt.status = AttemptStatus.IN_PROGRESS;
            attempt.startedAt = Instant.now();
            attempt.maxPoints = BigDecimal.valueOf(quiz.maxPoints());
            attempt.persist();
            return attempt.id;
        });
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** Visible text, whitespace folded, entities for the usual characters decoded. */
    static String text(String html) {
        Matcher m = TAG.matcher(html);
        String text = m.replaceAll(" ").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }
}
