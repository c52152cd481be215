package dev.quizmark.attempt;

import dev.quizmark.app.Formats;
import dev.quizmark.question.QuestionMessages;
import dev.quizmark.question.ReviewParts;
import dev.quizmark.question.ReviewParts.ChoiceRow;
import dev.quizmark.question.ReviewParts.Row;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result page: the score always, and per question (when the quiz's feedback setting opens the review)
 * the outcome, points, right answer, feedback of the chosen choices, explanation and source quote.
 */
public record ReviewView(
        long attemptId,
        String quizId,
        String quizTitle,
        String quizLanguage,
        String score,
        String max,
        String percent,
        boolean passed,
        boolean autoSubmitted,
        String submittedAt,
        String closedReason,
        List<Item> items,
        String viewedStudent,
        boolean canRetry,
        String classAverage) {

    /**
     * @param promptHtml, explanationHtml parser-rendered; {@code outcome} is correct|partial|incorrect|unanswered
     * @param choices, rows the type's part of the review ({@link dev.quizmark.question.QuestionKind#review})
     */
    public record Item(int number, String id, String title, String promptHtml, String outcome, String score, String max,
            List<ChoiceRow> choices, List<Row> rows, String explanationHtml, String quote, String quoteUrl, String quoteSource) {
    }

    /** @param closesAt the quiz's current closing time ({@link AttemptService#closesAt}) */
    static ReviewView build(Attempt attempt, AttemptLayout layout, Map<String, QuestionResponse> saved,
            OffsetDateTime closesAt, AttemptMessages messages, QuestionMessages words, Instant now,
            Map<String, String> readingTitles) {
        Quiz quiz = layout.quiz();
        QuizSettings settings = quiz.settings();
        boolean open = FeedbackPolicy.reviewOpen(attempt, settings.feedback(), closesAt, now);
        List<Item> items = new ArrayList<>();
        if (open) {
            List<Question> ordered = layout.questions();
            for (int i = 0; i < ordered.size(); i++) {
                items.add(item(attempt.id, i + 1, ordered.get(i), saved.get(ordered.get(i).id()), layout, words, readingTitles));
            }
        }
        String closedReason = open ? null : switch (settings.feedback()) {
            case NEVER -> messages.reviewNever();
            case AFTER_CLOSE -> closesAt == null ? messages.reviewAfterCloseNoDate()
                    : messages.reviewAfterClose(Formats.dateTime(closesAt));
            default -> null;
        };
        return new ReviewView(attempt.id, quiz.id(), quiz.title(), settings.language(),
                Formats.number(number(attempt.scorePoints)), Formats.number(number(attempt.maxPoints)),
                Formats.percent(number(attempt.scorePercent)), Boolean.TRUE.equals(attempt.passed), attempt.autoSubmitted,
                Formats.dateTime(attempt.submittedAt), closedReason, items, null, false, null);
    }

    /** The same page as an instructor sees it: read-only, naming whose attempt it is ("홍길동 (s2025001)"). */
    ReviewView seenByInstructor(String student) {
        return new ReviewView(attemptId, quizId, quizTitle, quizLanguage, score, max, percent, passed, autoSubmitted,
                submittedAt, closedReason, items, student, false, classAverage);
    }

    /** The student's own page, with "try again" when another attempt may start now. */
    ReviewView withRetry(boolean canRetry) {
        return new ReviewView(attemptId, quizId, quizTitle, quizLanguage, score, max, percent, passed, autoSubmitted,
                submittedAt, closedReason, items, viewedStudent, canRetry, classAverage);
    }

    /** With the class average line ("반 평균 72.5% (학생 23명)"), null for none. */
    ReviewView withClassAverage(String line) {
        return new ReviewView(attemptId, quizId, quizTitle, quizLanguage, score, max, percent, passed, autoSubmitted,
                submittedAt, closedReason, items, viewedStudent, canRetry, line);
    }

    private static double number(java.math.BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    /** @param readingTitles the title of each reading passage by path, to name the passage a quote link opens */
    static Item item(long attemptId, int number, Question q, QuestionResponse response, AttemptLayout layout,
            QuestionMessages words, Map<String, String> readingTitles) {
        List<String> answer = response == null ? List.of() : response.answer();
        var grade = AttemptGrader.grade(q, answer);
        double score = response != null && response.score != null ? response.score.doubleValue() : grade.points();
        boolean correct = response != null && response.correct != null ? response.correct : grade.correct();
        String outcome = !Answers.isAnswered(answer) ? "unanswered"
                : correct ? "correct" : score > 0 ? "partial" : "incorrect";
        ReviewParts parts = q.kind().review(q.promptHtml(), answer, layout.order(q), words);
        String reading = layout.quiz().readingOf(q);
        String quote = q.sourceQuote() == null || q.sourceQuote().isBlank() ? null : q.sourceQuote();
        String quoteUrl = quote == null || reading == null ? null
                : ReadingResource.url(reading) + "?quote=" + attemptId + ":" + q.id() + "#quote";
        String explanation = q.explanationHtml() == null || q.explanationHtml().isBlank() ? null : q.explanationHtml();
        return new Item(number, q.id(), q.title(), parts.promptHtml(), outcome, Formats.number(score),
                Formats.number(q.points()), parts.choices(), parts.rows(), explanation, quote, quoteUrl,
                quoteUrl == null ? null : readingTitles.get(reading));
    }
}
