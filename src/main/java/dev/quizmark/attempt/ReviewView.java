package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
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
        List<Item> items) {

    /** @param promptHtml, explanationHtml parser-rendered; {@code outcome} is correct|partial|incorrect|unanswered */
    public record Item(int number, String id, String title, String promptHtml, String outcome, String score, String max,
            List<ChoiceRow> choices, List<Row> rows, String explanationHtml, String quote, String quoteUrl) {
    }

    /** @param html, feedbackHtml parser-rendered; feedback only for choices the student picked */
    public record ChoiceRow(String html, boolean chosen, boolean correct, String feedbackHtml) {
    }

    /** One compared value; {@code labelHtml} is parser-rendered, {@code label} plain text; {@code ok} may be null. */
    public record Row(String label, String labelHtml, String given, String expected, Boolean ok) {
    }

    /** @param closesAt the quiz's current closing time ({@link AttemptService#closesAt}) */
    static ReviewView build(Attempt attempt, AttemptLayout layout, Map<String, QuestionResponse> saved,
            OffsetDateTime closesAt, AttemptMessages messages, Times times, Instant now) {
        Quiz quiz = layout.quiz();
        QuizSettings settings = quiz.settings();
        boolean open = AttemptService.reviewOpen(attempt, settings.feedback(), closesAt, now);
        List<Item> items = new ArrayList<>();
        if (open) {
            List<Question> ordered = layout.questions();
            for (int i = 0; i < ordered.size(); i++) {
                items.add(item(attempt.id, i + 1, ordered.get(i), saved.get(ordered.get(i).id()), layout, messages));
            }
        }
        String closedReason = open ? null : switch (settings.feedback()) {
            case NEVER -> messages.reviewNever();
            case AFTER_CLOSE -> closesAt == null ? messages.reviewAfterCloseNoDate()
                    : messages.reviewAfterClose(times.format(closesAt));
            default -> null;
        };
        return new ReviewView(attempt.id, quiz.id(), quiz.title(), settings.language(),
                Times.points(number(attempt.scorePoints)), Times.points(number(attempt.maxPoints)),
                Times.percent(number(attempt.scorePercent)), Boolean.TRUE.equals(attempt.passed), attempt.autoSubmitted,
                times.format(attempt.submittedAt), closedReason, items);
    }

    private static double number(java.math.BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    static Item item(long attemptId, int number, Question q, QuestionResponse response, AttemptLayout layout,
            AttemptMessages messages) {
        List<String> answer = response == null ? List.of() : response.answer();
        var grade = AttemptGrader.grade(q, answer);
        double score = response != null && response.score != null ? response.score.doubleValue() : grade.points();
        boolean correct = response != null && response.correct != null ? response.correct : grade.correct();
        String outcome = !Answers.isAnswered(answer) ? "unanswered"
                : correct ? "correct" : score > 0 ? "partial" : "incorrect";
        List<ChoiceRow> choices = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String promptHtml = q.promptHtml();
        Question.AnswerKey key = q.key();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                for (int index : layout.choiceOrder(q)) {
                    Question.Choice c = q.choices().get(index);
                    boolean chosen = answer.contains(c.id());
                    choices.add(new ChoiceRow(c.html(), chosen, c.correct(),
                            chosen && c.feedbackHtml() != null && !c.feedbackHtml().isBlank() ? c.feedbackHtml() : null));
                }
            }
            case TRUE_FALSE -> rows.add(new Row(null, null, answer.isEmpty() ? "" : trueFalse(answer.get(0), messages),
                    trueFalse(String.valueOf(key.trueFalse()), messages), Answers.isAnswered(answer) ? correct : null));
            case SHORT -> rows.add(new Row(null, null, first(answer), String.join(" | ", key.accepted()),
                    Answers.isAnswered(answer) ? correct : null));
            case NUMERIC -> {
                String expected = key.numericValue() != null
                        ? Times.points(key.numericValue()) + (key.tolerance() > 0 ? " ± " + Times.points(key.tolerance()) : "")
                        : Times.points(key.min()) + " – " + Times.points(key.max());
                rows.add(new Row(null, null, first(answer), expected, Answers.isAnswered(answer) ? correct : null));
            }
            case ORDERING -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    String given = value(answer, i);
                    rows.add(new Row(null, q.choices().get(i).html(), given, String.valueOf(i + 1),
                            given.isEmpty() ? null : given.equals(String.valueOf(i + 1))));
                }
            }
            case MATCHING -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    String given = matched(key.matches(), value(answer, i));
                    rows.add(new Row(null, q.choices().get(i).html(), given, key.matches().get(i),
                            given.isEmpty() ? null : given.equals(key.matches().get(i))));
                }
            }
            case CLOZE -> {
                StringBuilder prompt = new StringBuilder();
                List<String> segments = q.clozeSegmentsHtml();
                for (int s = 0; s < segments.size(); s++) {
                    prompt.append(segments.get(s));
                    if (s < segments.size() - 1) {
                        prompt.append("<span class=\"blank-ref\">(").append(s + 1).append(")</span>");
                    }
                }
                promptHtml = prompt.toString();
                for (int b = 0; b < key.blanks().size(); b++) {
                    String given = value(answer, b);
                    rows.add(new Row("(" + (b + 1) + ") " + messages.blankLabel(b + 1), null, given,
                            String.join(" | ", key.blanks().get(b)), given.isEmpty() ? null : blankCorrect(q, b, given)));
                }
            }
            default -> throw new IllegalArgumentException("unknown question type " + q.type());
        }
        String reading = q.reading() != null ? q.reading()
                : layout.quiz().settings().readings().isEmpty() ? null : layout.quiz().settings().readings().get(0);
        String quote = q.sourceQuote() == null || q.sourceQuote().isBlank() ? null : q.sourceQuote();
        String quoteUrl = quote == null || reading == null ? null
                : ReadingResource.url(reading) + "?quote=" + attemptId + ":" + q.id() + "#quote";
        String explanation = q.explanationHtml() == null || q.explanationHtml().isBlank() ? null : q.explanationHtml();
        return new Item(number, q.id(), q.title(), promptHtml, outcome, Times.points(score), Times.points(q.points()),
                choices, rows, explanation, quote, quoteUrl);
    }

    /** One blank on its own, graded by the real grader: all blanks but this one left empty. */
    private static boolean blankCorrect(Question q, int blank, String given) {
        List<String> only = new ArrayList<>(Collections.nCopies(q.key().blanks().size(), ""));
        only.set(blank, given);
        return AttemptGrader.fraction(q, only) * q.key().blanks().size() > 0.999;
    }

    private static String matched(List<String> rights, String index) {
        try {
            return index.isEmpty() ? "" : rights.get(Integer.parseInt(index));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String trueFalse(String value, AttemptMessages messages) {
        return "true".equals(value) ? messages.answerTrue() : "false".equals(value) ? messages.answerFalse() : "";
    }

    private static String first(List<String> answer) {
        return answer.isEmpty() || answer.get(0) == null ? "" : answer.get(0);
    }

    private static String value(List<String> answer, int index) {
        return index < answer.size() && answer.get(index) != null ? answer.get(index) : "";
    }
}
