package dev.quizmark.attempt;

import dev.quizmark.app.Formats;
import dev.quizmark.question.AnswerFields;
import dev.quizmark.question.AnswerInput;
import dev.quizmark.question.PostedForm;
import dev.quizmark.question.QuestionKinds;
import dev.quizmark.question.QuestionMessages;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the attempt page shows. Built from the prompt and what each question's type shows for answering
 * ({@link dev.quizmark.question.QuestionKind#input}), never from a {@link Question} handed to the template,
 * so answer keys, feedback, explanations and quotes cannot slip into the page; the review of a question is
 * only added once an immediate-feedback question is checked ({@link FeedbackPolicy#checked}).
 *
 * @param cutQuestion the question whose typed answer was cut to {@code maxText} characters on the last save, or null
 */
public record AttemptPageView(
        long attemptId,
        String quizId,
        String quizTitle,
        String quizLanguage,
        List<QuestionView> questions,
        int page,
        int pages,
        int answered,
        int total,
        boolean timed,
        String timeLeft,
        String deadline,
        long millisLeft,
        long graceMillis,
        boolean timeUp,
        boolean immediate,
        List<ReadingLink> readings,
        boolean savedNotice,
        String cutQuestion,
        int maxText,
        List<NavItem> navigator) {

    /**
     * @param promptHtml parser-rendered, HTML-escaped Markdown: safe to emit raw (empty for a cloze: see its input)
     * @param typeName   the question's type, whose template renders {@code input}
     */
    public record QuestionView(int number, String id, String typeName, String title, String promptHtml, String points,
            AnswerInput input, boolean answered, boolean locked, ReviewView.Item review, boolean flagged) {

        public String domId() {
            return new AnswerFields(id).domId();
        }

        public String field() {
            return new AnswerFields(id).name();
        }

        /** The type's markup for answering: fragment {@code input} of {@code templates/kinds/<type>.html}. */
        public String inputTemplate() {
            return QuestionKinds.template(typeName, "input");
        }
    }

    /**
     * A reading passage as a link: its title, outlet and date from the passage's front matter (the path only when
     * the file cannot be read), so a quiz with two articles names each.
     */
    public record ReadingLink(String path, String url, String title, String outlet, String date) {

        /** "outlet, date", whichever of them the passage gives; empty when neither. */
        public String source() {
            return java.util.stream.Stream.of(outlet, date).filter(s -> s != null && !s.isBlank())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** One question in the navigator: its number, page and id, and whether it is answered and flagged. */
    public record NavItem(int number, int page, String id, boolean answered, boolean flagged, boolean onThisPage) {

        /** The navigator button's value: where it leads (see AttemptResource). */
        public String target() {
            return page + ":" + id;
        }
    }

    static AttemptPageView build(Attempt attempt, AttemptLayout layout, Map<String, QuestionResponse> saved,
            int requestedPage, QuestionMessages words, Instant now, Duration grace, boolean savedNotice, String cutQuestion,
            Set<String> flagged, List<ReadingLink> readings) {
        Quiz quiz = layout.quiz();
        List<Question> ordered = layout.questions();
        int page = Math.min(Math.max(1, requestedPage), layout.pages());
        List<QuestionView> views = new ArrayList<>();
        List<NavItem> navigator = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            QuestionResponse answer = saved.get(ordered.get(i).id());
            navigator.add(new NavItem(i + 1, layout.pageOf(i), ordered.get(i).id(),
                    answer != null && Answers.isAnswered(answer.answer()), flagged.contains(ordered.get(i).id()),
                    layout.pageOf(i) == page));
            if (layout.pageOf(i) != page) {
                continue;
            }
            Question q = ordered.get(i);
            QuestionResponse response = saved.get(q.id());
            ReviewView.Item review = FeedbackPolicy.checked(attempt, quiz.settings().feedback(), response)
                    ? ReviewView.item(attempt.id, i + 1, q, response, layout, words, titles(readings)) : null;
            views.add(question(i + 1, q, response, layout, review, flagged.contains(q.id())));
        }
        int answered = (int) ordered.stream()
                .filter(q -> saved.containsKey(q.id()) && Answers.isAnswered(saved.get(q.id()).answer())).count();
        Duration left = attempt.timeLeft(now).orElse(null);
        return new AttemptPageView(attempt.id, quiz.id(), quiz.title(), quiz.settings().language(), views, page,
                layout.pages(), answered, ordered.size(), left != null, left == null ? "" : Formats.clock(left),
                attempt.deadline == null ? "" : Formats.dateTime(attempt.deadline),
                left == null ? 0 : left.toMillis(), grace.toMillis(), left != null && left.isZero(),
                quiz.settings().feedback() == Feedback.IMMEDIATE, readings, savedNotice, cutQuestion, PostedForm.MAX_TEXT, navigator);
    }

    static Map<String, String> titles(List<ReadingLink> readings) {
        return readings.stream().collect(java.util.stream.Collectors.toMap(ReadingLink::path, ReadingLink::title, (a, b) -> a));
    }

    static List<ReadingLink> readings(Quiz quiz, dev.quizmark.quiz.ReadingLibrary library) {
        return quiz.settings().readings().stream().map(p -> library.passage(p)
                .map(r -> new ReadingLink(p, ReadingResource.url(p), r.title() == null || r.title().isBlank() ? p : r.title(),
                        r.outlet(), r.date()))
                .orElseGet(() -> new ReadingLink(p, ReadingResource.url(p), p, null, null))).toList();
    }

    private static QuestionView question(int number, Question q, QuestionResponse response, AttemptLayout layout,
            ReviewView.Item review, boolean flagged) {
        List<String> answer = response == null ? List.of() : response.answer();
        boolean locked = response != null && response.isGraded();
        AnswerInput input = q.kind().input(answer, new AnswerFields(q.id()), layout.order(q));
        return new QuestionView(number, q.id(), q.kind().typeName(), q.title(), q.promptHtml(), Formats.number(q.points()),
                input, Answers.isAnswered(answer), locked, review, flagged);
    }
}
