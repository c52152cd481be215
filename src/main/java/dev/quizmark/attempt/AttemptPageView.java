package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.QuestionType;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the attempt page shows. Built from the question fields a student may see before grading (prompt,
 * choice texts, the set of matching right sides) and never from a {@link Question} handed to the template,
 * so answer keys, feedback, explanations and quotes cannot slip into the page; the review of a question is
 * only added once an immediate-feedback question is checked ({@link AttemptService#checked}).
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
        int maxText) {

    /**
     * @param promptHtml parser-rendered, HTML-escaped Markdown: safe to emit raw (CLOZE: see {@code cloze})
     */
    public record QuestionView(int number, String id, QuestionType kind, String title, String promptHtml,
            String points, List<ChoiceView> choices, String text, List<SelectView> selects, List<ClozePart> cloze,
            boolean answered, boolean locked, ReviewView.Item review) {

        public String domId() {
            return "q-" + id;
        }

        public String field() {
            return "q." + id;
        }
    }

    /** A radio button or checkbox; {@code html} is parser-rendered (null for true/false, see {@code label}). */
    public record ChoiceView(String inputId, String value, String html, String label, boolean checked) {
    }

    /** One {@code <select>}: an ordering item or a matching left side ({@code labelHtml} parser-rendered). */
    public record SelectView(String inputId, String name, String labelHtml, List<OptionView> options) {
    }

    public record OptionView(String value, String text, boolean selected) {
    }

    /** A parser-rendered piece of cloze text, followed by a blank unless it is the last piece. */
    public record ClozePart(String html, boolean hasBlank, int blank, String inputId, String name, String value) {
    }

    public record ReadingLink(String path, String url) {
    }

    static AttemptPageView build(Attempt attempt, AttemptLayout layout, Map<String, QuestionResponse> saved,
            int requestedPage, AttemptMessages messages, Times times, Instant now, Duration grace, boolean savedNotice,
            String cutQuestion) {
        Quiz quiz = layout.quiz();
        List<Question> ordered = layout.questions();
        int pageSize = quiz.settings().pageSize() > 0 ? quiz.settings().pageSize() : Math.max(1, ordered.size());
        int pages = Math.max(1, (ordered.size() + pageSize - 1) / pageSize);
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<QuestionView> views = new ArrayList<>();
        for (int i = (page - 1) * pageSize; i < Math.min(ordered.size(), page * pageSize); i++) {
            Question q = ordered.get(i);
            QuestionResponse response = saved.get(q.id());
            ReviewView.Item review = AttemptService.checked(attempt, quiz.settings().feedback(), response)
                    ? ReviewView.item(attempt.id, i + 1, q, response, layout, messages) : null;
            views.add(question(i + 1, q, response, layout, messages, review));
        }
        int answered = (int) ordered.stream()
                .filter(q -> saved.containsKey(q.id()) && Answers.isAnswered(saved.get(q.id()).answer())).count();
        Duration left = attempt.timeLeft(now).orElse(null);
        return new AttemptPageView(attempt.id, quiz.id(), quiz.title(), quiz.settings().language(), views, page, pages,
                answered, ordered.size(), left != null, left == null ? "" : Times.clock(left),
                attempt.deadline == null ? "" : times.format(attempt.deadline),
                left == null ? 0 : left.toMillis(), grace.toMillis(), left != null && left.isZero(),
                quiz.settings().feedback() == Feedback.IMMEDIATE, readings(quiz), savedNotice, cutQuestion,
                ResponseForm.MAX_TEXT);
    }

    static List<ReadingLink> readings(Quiz quiz) {
        return quiz.settings().readings().stream().map(p -> new ReadingLink(p, ReadingResource.url(p))).toList();
    }

    private static QuestionView question(int number, Question q, QuestionResponse response, AttemptLayout layout,
            AttemptMessages messages, ReviewView.Item review) {
        List<String> answer = response == null ? List.of() : response.answer();
        boolean locked = response != null && response.isGraded();
        String base = "q-" + q.id();
        List<ChoiceView> choices = List.of();
        String text = "";
        List<SelectView> selects = List.of();
        List<ClozePart> cloze = List.of();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                int[] order = layout.choiceOrder(q);
                choices = IntStream.range(0, order.length).mapToObj(d -> {
                    Question.Choice choice = q.choices().get(order[d]);
                    return new ChoiceView(base + "-" + (d + 1), String.valueOf(d + 1), choice.html(), null,
                            answer.contains(choice.id()));
                }).toList();
            }
            case TRUE_FALSE -> choices = List.of(
                    new ChoiceView(base + "-true", "true", null, messages.answerTrue(), answer.contains("true")),
                    new ChoiceView(base + "-false", "false", null, messages.answerFalse(), answer.contains("false")));
            case SHORT, NUMERIC -> text = answer.isEmpty() ? "" : answer.get(0);
            case ORDERING -> {
                int[] order = layout.choiceOrder(q);
                List<SelectView> list = new ArrayList<>();
                for (int d = 1; d <= order.length; d++) {
                    String given = value(answer, order[d - 1]);
                    List<OptionView> options = new ArrayList<>();
                    options.add(new OptionView("", messages.choose(), given.isEmpty()));
                    for (int p = 1; p <= order.length; p++) {
                        options.add(new OptionView(String.valueOf(p), String.valueOf(p), given.equals(String.valueOf(p))));
                    }
                    list.add(new SelectView(base + "-" + d, ResponseForm.field(q, d), q.choices().get(order[d - 1]).html(), options));
                }
                selects = list;
            }
            case MATCHING -> {
                int[] left = layout.choiceOrder(q);
                int[] right = layout.matchOrder(q);
                List<String> rights = q.key().matches();
                List<SelectView> list = new ArrayList<>();
                for (int d = 1; d <= left.length; d++) {
                    String given = value(answer, left[d - 1]);
                    List<OptionView> options = new ArrayList<>();
                    options.add(new OptionView("", messages.choose(), given.isEmpty()));
                    for (int p = 1; p <= right.length; p++) {
                        options.add(new OptionView(String.valueOf(p), rights.get(right[p - 1]),
                                given.equals(String.valueOf(right[p - 1]))));
                    }
                    list.add(new SelectView(base + "-" + d, ResponseForm.field(q, d), q.choices().get(left[d - 1]).html(), options));
                }
                selects = list;
            }
            case CLOZE -> {
                List<String> segments = q.clozeSegmentsHtml();
                List<ClozePart> parts = new ArrayList<>();
                for (int s = 0; s < segments.size(); s++) {
                    boolean blank = s < segments.size() - 1;
                    parts.add(new ClozePart(segments.get(s), blank, s + 1, base + "-" + (s + 1),
                            ResponseForm.field(q, s + 1), value(answer, s)));
                }
                cloze = parts;
            }
            default -> throw new IllegalArgumentException("unknown question type " + q.type());
        }
        return new QuestionView(number, q.id(), q.type(), q.title(), q.promptHtml(), Times.points(q.points()), choices,
                text, selects, cloze, Answers.isAnswered(answer), locked, review);
    }

    private static String value(List<String> answer, int index) {
        return index < answer.size() && answer.get(index) != null ? answer.get(index) : "";
    }
}
