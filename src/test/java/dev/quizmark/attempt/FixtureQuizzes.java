package dev.quizmark.attempt;

import dev.quizmark.question.Choice;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.Matching;
import dev.quizmark.question.MultipleChoice;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.QuizSettings;
import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.quiz.ReadingLibrary;
import dev.quizmark.quiz.ReadingPassage;
import dev.quizmark.quiz.QuizSettings.Grading;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Quizzes built in code, with every question type and settings chosen per test, served by a catalog that
 * replaces the real one for one test (QuarkusMock). Their versions are stored in quiz_version like the real
 * catalog does, because attempts reference them. Answer material carries unmistakable markers
 * (EXPLAIN-, FEEDBACK-, QUOTE-) so leak checks can look for them.
 */
public final class FixtureQuizzes {

    public static final class Catalog extends QuizCatalog {
        public final Map<String, Quiz> current = new HashMap<>();
        public final Map<String, Quiz> versions = new HashMap<>();
        final Set<String> deleted = new HashSet<>();

        /** Passages come from the real readings folder; the fixture catalog has no quiz files to hide. */
        final ReadingLibrary library = new ReadingLibrary(Path.of("quizzes"));

        @Override
        public Optional<ReadingPassage> publishedReading(String path) {
            return library.realPath(path).filter(file -> file.startsWith("readings/")).flatMap(library::passage);
        }

        /** The fixture catalog has no folder to watch. */
        @Override
        protected void rescan() {
        }

        @Override
        public List<Quiz> openQuizzes() {
            return current.values().stream().filter(q -> !deleted.contains(q.id())).toList();
        }

        @Override
        public Optional<Quiz> current(String quizId) {
            return Optional.ofNullable(current.get(quizId));
        }

        @Override
        public boolean isDeleted(String quizId) {
            return deleted.contains(quizId);
        }

        @Override
        public Optional<Quiz> version(String contentHash) {
            return Optional.ofNullable(versions.get(contentHash));
        }

        public Quiz add(Quiz quiz) {
            current.put(quiz.id(), quiz);
            versions.put(quiz.contentHash(), quiz);
            QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container().instance(EntityManager.class).get()
                    .createNativeQuery("insert into quiz_version (content_hash, quiz_id, source_path, source_text, first_loaded_at) "
                            + "values (?1, ?2, ?3, ?4, now()) on conflict do nothing")
                    .setParameter(1, quiz.contentHash()).setParameter(2, quiz.id())
                    .setParameter(3, quiz.path()).setParameter(4, "fixture").executeUpdate());
            return quiz;
        }
    }

    private FixtureQuizzes() {
    }

    /** Replaces the catalog for the current test (QuarkusMock resets it afterwards). */
    public static Catalog install() {
        Catalog catalog = new Catalog();
        QuarkusMock.installMockForType(catalog, QuizCatalog.class);
        return catalog;
    }

    static QuizSettings settings() {
        return new QuizSettings("Fixture quiz", "<p>All question types.</p>", "ko", null, null, 60, false, false,
                Feedback.AFTER_SUBMIT, 0, null, null, List.of("readings/fixture.md"), Grading.BEST);
    }

    /** A quiz with a fresh id and content hash; {@code change} adjusts the settings. */
    public static Quiz quiz(UnaryOperator<QuizSettings> change) {
        String id = "fx-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return new Quiz(id, id + ".md", hash, change.apply(settings()), questions());
    }

    public static List<Question> questions() {
        return List.of(
                q("single", "<p>Which framework?</p>", new SingleChoice(List.of(
                        new Choice("a", "<p>CANN</p>", true, "<p>FEEDBACK-single-a right</p>"),
                        new Choice("b", "<p>CUDA</p>", false, "<p>FEEDBACK-single-b wrong</p>"),
                        new Choice("c", "<p>TensorFlow</p>", false, ""))), 1),
                q("multiple", "<p>Which formats?</p>", new MultipleChoice(List.of(new Choice("a", "<p>BF16</p>", true, ""),
                        new Choice("b", "<p>FP8</p>", true, ""), new Choice("c", "<p>INT4</p>", false, "<p>FEEDBACK-multiple-c</p>"))), 2),
                q("tf", "<p>It was uploaded.</p>", new TrueFalse(true), 1),
                q("short", "<p>Benchmark name?</p>", new ShortAnswer(List.of("Aider", "에이더"), null), 1),
                q("numeric", "<p>Score?</p>", new NumericAnswer(new NumericAnswer.Exact(71.6, 0.05)), 1),
                q("ordering", "<p>Order these.</p>",
                        new Ordering(List.of("<p>first event</p>", "<p>second event</p>", "<p>third event</p>")), 1),
                q("matching", "<p>Match.</p>", new Matching(List.of(new Matching.Pair("<p>CUDA</p>", "nvidia stack"),
                        new Matching.Pair("<p>CANN</p>", "huawei framework"), new Matching.Pair("<p>Aider</p>", "code benchmark"))), 1),
                q("cloze", "", new Cloze(List.of("<p>Context of ", " tokens, about ", " pages.</p>"),
                        List.of(List.of("128000", "128,000"), List.of("400"))), 2));
    }

    private static Question q(String id, String prompt, QuestionKind kind, double points) {
        return new Question(id, "Title " + id, prompt, points, null, null, kind,
                "<p>EXPLAIN-" + id + " because</p>", "QUOTE-" + id + " sentence", null, 1);
    }

    /** The quiz with one question's source quote (from the given reading passage) replaced. */
    public static Quiz withQuote(Quiz quiz, String questionId, String reading, String quote) {
        List<Question> questions = quiz.questions().stream().map(q -> !q.id().equals(questionId) ? q
                : new Question(q.id(), q.title(), q.promptHtml(), q.points(), q.difficulty(), q.topic(), q.kind(),
                        q.explanationHtml(), quote, reading, q.line())).toList();
        return new Quiz(quiz.id(), quiz.path(), quiz.contentHash(), quiz.settings(), questions);
    }

    public static UnaryOperator<QuizSettings> timed(Duration limit) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), limit, s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading());
    }

    public static UnaryOperator<QuizSettings> attempts(int attempts) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), attempts, s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading());
    }

    public static UnaryOperator<QuizSettings> window(OffsetDateTime from, OffsetDateTime until) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), from, until, s.readings(), s.grading());
    }

    public static UnaryOperator<QuizSettings> feedback(Feedback feedback) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), feedback, s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading());
    }

    public static UnaryOperator<QuizSettings> grading(Grading grading) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), grading);
    }

    static UnaryOperator<QuizSettings> shuffledPaged(int pageSize) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                true, true, s.feedback(), pageSize, s.availableFrom(), s.availableUntil(), s.readings(), s.grading());
    }
}
