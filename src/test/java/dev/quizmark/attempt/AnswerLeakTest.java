package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Answer leaks searched by value: for every feedback setting, every page a student can open before the review
 * is allowed must not contain any accepted answer, numeric key, blank answer, choice feedback, explanation, source
 * quote or correctness mark. The values come from the parsed quiz, a file whose answers are distinctive strings
 * with one question of every kind; the instructor's preview shows each of them, so the search can find them.
 */
@QuarkusTest
class AnswerLeakTest {

    /** The questions of the leak quiz: every answer is a string that appears nowhere else. */
    private static final String QUESTIONS = """

            ## Leak single {#single type=single}

            Pick one.

            - [x] SINGLEPICK-right
              > FEEDBACK-single-right
            - [ ] SINGLEPICK-wrong-one
              > FEEDBACK-single-wrong
            - [ ] SINGLEPICK-wrong-two

            Explanation: EXPLAIN-single because

            Source: QUOTE-single sentence

            ## Leak multiple {#multiple type=multiple points=2}

            Pick some.

            - [x] MULTIPICK-right-one
            - [x] MULTIPICK-right-two
              > FEEDBACK-multiple-right
            - [ ] MULTIPICK-wrong
              > FEEDBACK-multiple-wrong

            Explanation: EXPLAIN-multiple because

            Source: QUOTE-multiple sentence

            ## Leak tf {#tf type=true_false}

            It holds.

            Answer: true

            Explanation: EXPLAIN-tf because

            Source: QUOTE-tf sentence

            ## Leak short {#short type=short}

            Name it?

            Answer: SHORTKEY-zebra | SHORTKEY-okapi
            Regex: shortrx-[0-9]+

            Explanation: EXPLAIN-short because

            Source: QUOTE-short sentence

            ## Leak numeric {#numeric type=numeric}

            How many?

            Answer: 86421.9753
            Tolerance: 0.01

            Explanation: EXPLAIN-numeric because

            Source: QUOTE-numeric sentence

            ## Leak range {#numeric-range type=numeric}

            Roughly how many?

            Answer: 13579.25..13580.75

            Explanation: EXPLAIN-range because

            Source: QUOTE-numeric sentence

            ## Leak ordering {#ordering type=ordering}

            Order these.

            1. ORDERITEM-alpha
            2. ORDERITEM-beta
            3. ORDERITEM-gamma

            Explanation: EXPLAIN-ordering because

            Source: QUOTE-ordering sentence

            ## Leak matching {#matching type=matching}

            Match.

            - MATCHLEFT-one => MATCHRIGHT-one
            - MATCHLEFT-two => MATCHRIGHT-two
            - MATCHLEFT-three => MATCHRIGHT-three

            Explanation: EXPLAIN-matching because

            Source: QUOTE-matching sentence

            ## Leak cloze {#cloze type=cloze points=2}

            First {{CLOZEKEY-alpha|CLOZEKEY-beta}} then {{BLANKTWO-gamma}} at last.

            Explanation: EXPLAIN-cloze because

            Source: QUOTE-cloze sentence
            """;

    /** What marks an answer right or wrong on a review: badges, ticks, classes and the words for them. */
    private static final List<String> MARKS = List.of("✓", "✗", "◐", "정답", "오답", "is-correct", "outcome-",
            "class=\"ok\"", "class=\"bad\"", "review-item");

    private static final Pattern CHOICE = Pattern.compile("<div class=\"choice\">(.*?)</div>", Pattern.DOTALL);

    /** The leak quiz with the given settings, through the real catalog. */
    private static Quiz leakQuiz(UnaryOperator<QuizSettings> settings) {
        FixtureQuizzes.Folder folder = FixtureQuizzes.folder();
        Quiz fixture = folder.add(FixtureQuizzes.quiz(s -> FixtureQuizzes.shuffledPaged(3).apply(settings.apply(s))));
        Quiz quiz = folder.rewrite(fixture, text -> text.substring(0, text.indexOf("\n---\n") + 5) + QUESTIONS);
        assertTrue(quiz.questions().stream().anyMatch(q -> q.id().equals("numeric-range")),
                "the catalog serves the leak quiz: " + quiz.questions().stream().map(Question::id).toList());
        Set<Class<?>> kinds = new HashSet<>();
        quiz.questions().forEach(q -> kinds.add(q.kind().getClass()));
        assertEquals(concreteKinds(QuestionKind.class), kinds, "the leak quiz has a question of every kind");
        return quiz;
    }

    /** The records of a sealed type, through its sealed sub-interfaces. */
    private static Set<Class<?>> concreteKinds(Class<?> type) {
        if (!type.isSealed()) {
            return Set.of(type);
        }
        Set<Class<?>> leaves = new HashSet<>();
        Arrays.stream(type.getPermittedSubclasses()).forEach(sub -> leaves.addAll(concreteKinds(sub)));
        return leaves;
    }

    /**
     * Per question, the answer material it holds: each entry lists the ways one value may be written (a number
     * with or without thousands separators), any of which is a leak.
     */
    static Map<String, List<List<String>>> keyValues(Quiz quiz) {
        Map<String, List<List<String>>> values = new LinkedHashMap<>();
        for (Question q : quiz.questions()) {
            List<List<String>> own = new ArrayList<>();
            own.add(List.of(plain(q.explanationHtml())));
            own.add(List.of(q.sourceQuote()));
            QuestionKind kind = q.kind();
            if (kind instanceof ChoiceQuestion choices) {
                choices.choices().stream().filter(c -> !c.feedbackHtml().isEmpty())
                        .forEach(c -> own.add(List.of(plain(c.feedbackHtml()))));
            } else if (kind instanceof ShortAnswer typed) {
                for (ShortAnswer.Accepted answer : typed.answers()) {
                    own.add(List.of(answer.text()));
                    addFeedback(own, answer.feedbackHtml());
                }
                if (typed.regex() != null) {
                    own.add(List.of(typed.regex()));
                }
            } else if (kind instanceof NumericAnswer numeric) {
                for (NumericAnswer.Graded answer : numeric.answers()) {
                    if (answer.accepted() instanceof NumericAnswer.Exact exact) {
                        own.add(numberForms(exact.value()));
                    } else if (answer.accepted() instanceof NumericAnswer.Range range) {
                        own.add(numberForms(range.min()));
                        own.add(numberForms(range.max()));
                    } else if (!(answer.accepted() instanceof NumericAnswer.Any)) {
                        fail("no key values known for " + answer.accepted());
                    }
                    addFeedback(own, answer.feedbackHtml());
                }
            } else if (kind instanceof Cloze cloze) {
                cloze.blanks().forEach(blank -> blank.forEach(answer -> own.add(List.of(answer))));
            } else if (kind instanceof TrueFalse trueFalse) {
                addFeedback(own, trueFalse.feedbackTrueHtml());
                addFeedback(own, trueFalse.feedbackFalseHtml());
            } else if (kind instanceof Ordering || kind instanceof Matching) {
                // Their key is a choice among texts the page must show (true/false, positions, right-hand
                // sides): it leaks only as a pre-selected input or a mark, which the tests check separately.
            } else {
                fail("no key values known for " + kind.getClass().getSimpleName() + ": add them to this test");
            }
            values.put(q.id(), own);
        }
        return values;
    }

    private static void addFeedback(List<List<String>> own, String feedbackHtml) {
        if (feedbackHtml != null && !plain(feedbackHtml).isEmpty()) {
            own.add(List.of(plain(feedbackHtml)));
        }
    }

    private static List<String> numberForms(double value) {
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String grouped = NumberFormat.getIntegerInstance(Locale.ROOT).format(Long.parseLong(whole));
        return List.of(plain, whole, grouped);
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").trim();
    }

    /** The pages a student sees, by name; CSRF tokens are blanked so their random letters cannot match a key. */
    private static final class Pages {
        final Map<String, String> byName = new LinkedHashMap<>();

        void add(String name, Response response) {
            // The score box (points and the pass verdict with its tick or cross) may always be shown.
            byName.put(name, SignIn.withoutCsrfToken(response.asString())
                    .replaceAll("(?s)<section class=\"score-box\".*?</section>", "<section>score</section>"));
        }
    }

    /** Every student route about the attempt and its quiz, as they stand now. */
    private static Pages studentPages(SignedIn student, Quiz quiz, long attemptId) {
        Pages pages = new Pages();
        pages.add("/", student.http().get("/"));
        pages.add("/quizzes", student.http().get("/quizzes"));
        pages.add("/quizzes/" + quiz.id(), student.http().get("/quizzes/" + quiz.id()));
        for (int page = 1; page <= 3; page++) {
            pages.add("/attempts/" + attemptId + "?page=" + page, student.http().get("/attempts/" + attemptId + "?page=" + page));
        }
        pages.add("/attempts/" + attemptId + "/submit", student.http().get("/attempts/" + attemptId + "/submit"));
        pages.add("/attempts/" + attemptId + "/review", student.http().get("/attempts/" + attemptId + "/review"));
        for (Question q : quiz.questions()) {
            String url = "/readings/fixture.md?quote=" + attemptId + ":" + q.id();
            pages.add(url, student.http().get(url));
        }
        return pages;
    }

    /** Saves wrong answers to the typed questions, as the script does, keeping the JSON answers as pages too. */
    private static void saveWrongAnswers(SignedIn student, long attemptId, Pages pages) {
        Map<String, Map<String, String>> wrong = Map.of("short", Map.of("q.short", "typed-guess"),
                "numeric", Map.of("q.numeric", "12"), "numeric-range", Map.of("q.numeric-range", "34"),
                "tf", Map.of("q.tf", "false"), "cloze", Map.of("q.cloze.1", "blank-guess"));
        wrong.forEach((question, fields) -> {
            Response saved = student.saveQuestion(attemptId, question, fields);
            assertEquals(200, saved.statusCode(), saved.asString());
            pages.add("JSON save of " + question, saved);
        });
    }

    /**
     * Fails with every leak found: a key value of the questions in {@code questionIds}, a correctness mark
     * (when {@code marks}), or a highlighted source quote on a reading page.
     */
    private static void assertNoLeaks(Pages pages, Quiz quiz, Set<String> questionIds, boolean marks) {
        Map<String, List<List<String>>> keys = keyValues(quiz);
        List<String> leaks = new ArrayList<>();
        pages.byName.forEach((name, html) -> {
            boolean reading = name.startsWith("/readings/");
            for (String questionId : questionIds) {
                for (List<String> forms : keys.get(questionId)) {
                    // A reading page shows the whole passage, quotes included; there only the highlight would leak.
                    if (reading && forms.get(0).startsWith("QUOTE-")) {
                        continue;
                    }
                    forms.stream().filter(html::contains)
                            .forEach(form -> leaks.add(name + ": " + questionId + " key '" + form + "'"));
                }
            }
            if (marks) {
                MARKS.stream().filter(html::contains).forEach(mark -> leaks.add(name + ": mark '" + mark + "'"));
            }
            if (reading && questionIds.contains(name.substring(name.lastIndexOf(':') + 1)) && html.contains("<mark")) {
                leaks.add(name + ": highlighted quote");
            }
        });
        assertEquals(List.of(), leaks);
    }

    /** On an untouched attempt page: nothing pre-selected, and every choice of a question marked up alike. */
    private static void assertInputsGiveNothingAway(SignedIn student, long attemptId) {
        for (int page = 1; page <= 3; page++) {
            String html = student.http().get("/attempts/" + attemptId + "?page=" + page).then().statusCode(200)
                    .extract().asString();
            assertTrue(!html.contains(" checked"), "a pre-ticked input on page " + page);
            int selects = html.split("<select", -1).length - 1;
            int empty = html.split("<option value=\"\" selected>", -1).length - 1;
            assertEquals(selects, empty, "every select starts on its empty option, page " + page);
            assertEquals(selects, html.split(" selected>", -1).length - 1, "no other option is selected, page " + page);
            Map<String, Set<String>> shapes = new LinkedHashMap<>();
            Matcher choice = CHOICE.matcher(html);
            while (choice.find()) {
                String markup = choice.group(1);
                String name = markup.replaceAll("(?s).*name=\"([^\"]*)\".*", "$1");
                String shape = markup.replaceAll("(id|for|value)=\"[^\"]*\"", "$1=\"\"")
                        .replaceAll("(?s)<label([^>]*)>.*</label>", "<label$1></label>");
                shapes.computeIfAbsent(name, n -> new HashSet<>()).add(shape);
            }
            shapes.forEach((name, forms) -> assertEquals(1, forms.size(), "choices of " + name + " differ: " + forms));
        }
    }

    /** The instructor's preview shows every key value: the search above looks for strings that do get rendered. */
    private static void assertPreviewShowsEveryKey(Quiz quiz) {
        String preview = SignedIn.instructor().http().get("/instructor/preview/" + quiz.id()).then().statusCode(200)
                .extract().asString();
        List<String> missing = new ArrayList<>();
        keyValues(quiz).forEach((id, forms) -> forms.stream()
                .filter(f -> f.stream().noneMatch(preview::contains)).forEach(f -> missing.add(id + ": " + f)));
        assertEquals(List.of(), missing, "key values the preview does not render");
    }

    private static Set<String> allQuestions(Quiz quiz) {
        Set<String> ids = new HashSet<>();
        quiz.questions().forEach(q -> ids.add(q.id()));
        return ids;
    }

    /** Opens an attempt, checks the untouched page, saves wrong answers and checks every page; returns its id. */
    private static long attemptWithoutLeaks(SignedIn student, Quiz quiz) {
        long id = student.start(quiz.id());
        assertInputsGiveNothingAway(student, id);
        Pages pages = new Pages();
        saveWrongAnswers(student, id, pages);
        pages.byName.putAll(studentPages(student, quiz, id).byName);
        assertNoLeaks(pages, quiz, allQuestions(quiz), true);
        return id;
    }

    @Test
    void afterSubmitShowsNothingBeforeSubmissionAndEverythingAfter() {
        Quiz quiz = leakQuiz(FixtureQuizzes.feedback(Feedback.AFTER_SUBMIT));
        assertPreviewShowsEveryKey(quiz);
        SignedIn student = SignedIn.newStudent();
        long id = attemptWithoutLeaks(student, quiz);
        student.submit(id).then().statusCode(303);
        // Once allowed, the review carries the answers and marks the search looks for: it is not blind.
        String review = student.http().get("/attempts/" + id + "/review").then().statusCode(200).extract().asString();
        for (String shown : List.of("SHORTKEY-zebra", "CLOZEKEY-alpha", "BLANKTWO-gamma", "EXPLAIN-numeric", "✓", "✗")) {
            assertTrue(review.contains(shown), shown + " is on the allowed review");
        }
        student.http().get("/readings/fixture.md?quote=" + id + ":short").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<mark id=\"quote\">QUOTE-short sentence"));
    }

    @Test
    void afterCloseShowsNothingWhileTheQuizIsOpenEvenAfterSubmission() {
        Quiz quiz = leakQuiz(s -> FixtureQuizzes.feedback(Feedback.AFTER_CLOSE)
                .apply(FixtureQuizzes.window(null, OffsetDateTime.now().plusDays(1)).apply(s)));
        SignedIn student = SignedIn.newStudent();
        long id = attemptWithoutLeaks(student, quiz);
        student.submit(id).then().statusCode(303);
        assertNoLeaks(studentPages(student, quiz, id), quiz, allQuestions(quiz), true);
    }

    @Test
    void neverShowsNothingBeforeOrAfterSubmission() {
        Quiz quiz = leakQuiz(FixtureQuizzes.feedback(Feedback.NEVER));
        SignedIn student = SignedIn.newStudent();
        long id = attemptWithoutLeaks(student, quiz);
        student.submit(id).then().statusCode(303);
        assertNoLeaks(studentPages(student, quiz, id), quiz, allQuestions(quiz), true);
    }

    @Test
    void immediateShowsOnlyTheCheckedQuestion() {
        Quiz quiz = leakQuiz(FixtureQuizzes.feedback(Feedback.IMMEDIATE));
        SignedIn student = SignedIn.newStudent();
        long id = attemptWithoutLeaks(student, quiz);
        // The student checks the short answer: its review opens on the attempt page, no other question's.
        int page = pageOf(student, id, "short");
        student.save(id, Map.of("present", "short", "q.short", "typed-guess", "check", "short", "page", String.valueOf(page)))
                .then().statusCode(303);
        Pages pages = studentPages(student, quiz, id);
        assertTrue(pages.byName.get("/attempts/" + id + "?page=" + page).contains("SHORTKEY-zebra"),
                "the checked question shows its accepted answers");
        Set<String> others = allQuestions(quiz);
        others.remove("short");
        assertNoLeaks(pages, quiz, others, false);
    }

    /** The page of the attempt that shows the question. */
    private static int pageOf(SignedIn student, long attemptId, String questionId) {
        for (int page = 1; page <= 3; page++) {
            if (student.http().get("/attempts/" + attemptId + "?page=" + page).asString().contains("id=\"q-" + questionId + "\"")) {
                return page;
            }
        }
        return fail("no page shows " + questionId);
    }
}
