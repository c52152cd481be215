package dev.quizmark.attempt;

import dev.quizmark.account.CurrentAccount;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.ReadingLibrary;
import dev.quizmark.quiz.ReadingPassage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A reading passage (only what {@link QuizCatalog#publishedReading} allows: never a quiz file), optionally with
 * the source quote of one question highlighted ({@code ?quote=<attemptId>:<questionId>}). The quote is only highlighted for the attempt's owner once
 * that question's review is open; otherwise the plain passage is shown, so the link cannot be used to find
 * the sentence that answers a question before grading.
 */
@Path("/readings")
@Authenticated
public class ReadingResource {

    private static final String PREFIX = "readings/";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reading(ReadingPassage passage, String bodyHtml, boolean highlighted);
    }

    @Inject
    ReadingLibrary library;

    @Inject
    QuizCatalog catalog;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentAccount me;

    /** The page of a passage path (relative to the quizzes folder, usually {@code readings/...}). */
    static String url(String path) {
        return "/readings/" + (path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path);
    }

    @GET
    @Path("{path: .+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance reading(@PathParam("path") String path, @QueryParam("quote") String quote) {
        ReadingPassage passage = Optional.of(path).filter(ReadingResource::plainPath)
                .flatMap(p -> catalog.publishedReading(PREFIX + p).or(() -> catalog.publishedReading(p)))
                .orElseThrow(() -> new AttemptProblem(AttemptProblem.Reason.NOT_FOUND));
        String html = quote(quote, passage.path()).map(sentence -> library.highlighted(passage, sentence))
                .orElse(passage.bodyHtml());
        return Templates.reading(passage, html, html.contains("<mark id=\"quote\">"));
    }

    /** A plain relative path to a Markdown file: no empty, dot or dot-dot segments, backslashes or control characters. */
    static boolean plainPath(String path) {
        return path.endsWith(".md") && Arrays.stream(path.split("/", -1)).allMatch(segment -> !segment.isEmpty()
                && !segment.startsWith(".") && segment.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c)));
    }

    /** The quote to highlight, if the reference names an open review of the caller's own attempt about this passage. */
    private Optional<String> quote(String reference, String passagePath) {
        if (reference == null || !reference.matches("\\d{1,18}:[a-z0-9-]{1,100}") || me.isInstructor()) {
            return Optional.empty();
        }
        long attemptId = Long.parseLong(reference.substring(0, reference.indexOf(':')));
        String questionId = reference.substring(reference.indexOf(':') + 1);
        Instant now = Instant.now();
        Attempt attempt;
        try {
            attempt = attempts.load(attemptId, me.id(), now);
        } catch (AttemptProblem notYours) {
            return Optional.empty();
        }
        Quiz quiz = attempts.version(attempt);
        Optional<Question> question = quiz.question(questionId);
        if (question.isEmpty() || question.get().sourceQuote() == null || !FeedbackPolicy.questionReviewOpen(attempt,
                quiz.settings().feedback(), attempts.closesAt(attempt), attempts.responses(attemptId).get(questionId), now)) {
            return Optional.empty();
        }
        return passagePath.equals(quiz.readingOf(question.get())) ? Optional.of(question.get().sourceQuote()) : Optional.empty();
    }
}
