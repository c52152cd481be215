package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.fail;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.QuizSettings;
import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.quiz.QuizSettings.Grading;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Quiz files with every question type and settings chosen per test, written into the quizzes folder the tests
 * run on (a copy of quizzes/, see pom.xml) and loaded by the real catalog, as an instructor's edit would be.
 * Answer material carries unmistakable markers (EXPLAIN-, FEEDBACK-, QUOTE-) so leak checks can look for them.
 */
public final class FixtureQuizzes {

    /** The reading passage every fixture quiz names; it holds each question's QUOTE- sentence. */
    static final String READING = "readings/fixture.md";

    /** What a fixture quiz file says: its settings, and per question a reading and quote other than the default. */
    public record Fixture(String id, QuizSettings settings, Map<String, Quote> quotes) {
    }

    record Quote(String reading, String sentence) {
    }

    /** The watched folder and the application's catalog. */
    public static final class Folder {

        private final QuizCatalog catalog = Arc.container().instance(QuizCatalog.class).get();
        private final Map<String, Fixture> written = new HashMap<>();

        private Folder() {
            write(READING, "---\ntitle: Fixture reading\n---\n\n" + String.join(" ",
                    QUESTIONS.stream().map(id -> "QUOTE-" + id + " sentence.").toList()) + "\n");
        }

        /** Writes the quiz file and waits until the catalog serves it. */
        public Quiz add(Fixture fixture) {
            written.put(fixture.id(), fixture);
            String text = FixtureQuizFile.markdown(fixture);
            write(path(fixture.id()), text);
            return loaded(fixture.id(), text);
        }

        /** Saves the quiz's file again with changed settings: a new version of the same quiz. */
        public Quiz edit(Quiz quiz, UnaryOperator<QuizSettings> change) {
            Fixture old = written.get(quiz.id());
            return add(new Fixture(old.id(), change.apply(old.settings()), old.quotes()));
        }

        /**
         * Saves the quiz's file with {@code change} applied to its text, as an instructor's editor would; returns
         * the version the catalog serves afterwards (the last good one when the edit broke the file).
         */
        public Quiz rewrite(Quiz quiz, UnaryOperator<String> change) {
            String text = change.apply(FixtureQuizFile.markdown(written.get(quiz.id())));
            write(path(quiz.id()), text);
            catalog.rescan();
            return catalog.current(quiz.id()).orElseThrow();
        }

        /** Deletes the quiz's file: the quiz closes, its attempts stay. */
        public void delete(Quiz quiz) {
            try {
                Files.delete(catalog.quizzesDir().resolve(path(quiz.id())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catalog.rescan();
            if (!catalog.isDeleted(quiz.id())) {
                fail("the catalog did not notice that " + quiz.id() + " was deleted");
            }
        }

        private Quiz loaded(String quizId, String text) {
            for (int tries = 0; tries < 50; tries++) {
                catalog.rescan();
                Optional<Quiz> current = catalog.current(quizId);
                if (current.isPresent() && catalog.sourceText(current.get()).orElse("").equals(text)) {
                    return current.get();
                }
                pause();
            }
            return fail("the catalog did not load " + quizId + ": " + catalog.problems());
        }

        private void write(String path, String text) {
            Path file = catalog.quizzesDir().resolve(path);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
                // Saved a moment ago as far as the scanner can tell, so it need not wait for the file to settle.
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String path(String quizId) {
            return "fixtures/" + quizId + ".md";
        }

        private static void pause() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Question ids of the fixture quiz, in file order. */
    static final List<String> QUESTIONS = List.of("single", "multiple", "tf", "short", "numeric", "ordering", "matching", "cloze");

    private FixtureQuizzes() {
    }

    public static Folder folder() {
        return new Folder();
    }

    /**
     * Deletes every fixture quiz file, so the next test sees the shipped quizzes only (their attempts stay, as
     * with any deleted quiz). Run after each test by {@link FixtureQuizCleanup}.
     */
    static void removeAll() {
        QuizCatalog catalog = Arc.container().instance(QuizCatalog.class).get();
        Path fixtures = catalog.quizzesDir().resolve("fixtures");
        if (!Files.isDirectory(fixtures)) {
            return;
        }
        try (var files = Files.list(fixtures)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalog.rescan();
    }

    static QuizSettings settings() {
        return new QuizSettings("Fixture quiz", "<p>All question types.</p>", "ko", null, null, 60, false, false,
                Feedback.AFTER_SUBMIT, 0, null, null, List.of(READING), Grading.BEST, null, false);
    }

    /** A quiz with a fresh id; {@code change} adjusts the settings. */
    public static Fixture quiz(UnaryOperator<QuizSettings> change) {
        return new Fixture("fx-" + UUID.randomUUID().toString().substring(0, 8), change.apply(settings()), Map.of());
    }

    /** The fixture's quiz as the parser reads its file, without a catalog: for unit tests. */
    public static Quiz parsed(Fixture fixture) {
        return dev.quizmark.quiz.QuizFileParser.withoutReadingChecks().parse("fixtures/" + fixture.id() + ".md",
                FixtureQuizFile.markdown(fixture).getBytes(java.nio.charset.StandardCharsets.UTF_8)).quiz();
    }

    /** The quiz with one question's source quote taken from another reading passage. */
    public static Fixture withQuote(Fixture fixture, String questionId, String reading, String quote) {
        Map<String, Quote> quotes = new HashMap<>(fixture.quotes());
        quotes.put(questionId, new Quote(reading, quote));
        return new Fixture(fixture.id(), fixture.settings(), quotes);
    }

    public static UnaryOperator<QuizSettings> timed(Duration limit) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), limit, s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading(), s.liveTime(), s.classAverage());
    }

    public static UnaryOperator<QuizSettings> titled(String title) {
        return s -> new QuizSettings(title, s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading(), s.liveTime(), s.classAverage());
    }

    public static UnaryOperator<QuizSettings> attempts(int attempts) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), attempts, s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading(), s.liveTime(), s.classAverage());
    }

    public static UnaryOperator<QuizSettings> window(OffsetDateTime from, OffsetDateTime until) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), from, until, s.readings(), s.grading(), s.liveTime(), s.classAverage());
    }

    public static UnaryOperator<QuizSettings> feedback(Feedback feedback) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), feedback, s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading(), s.liveTime(), s.classAverage());
    }

    public static UnaryOperator<QuizSettings> grading(Grading grading) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), grading, s.liveTime(), s.classAverage());
    }

    public static UnaryOperator<QuizSettings> classAverage() {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(), s.availableFrom(), s.availableUntil(), s.readings(), s.grading(), s.liveTime(), true);
    }

    static UnaryOperator<QuizSettings> shuffledPaged(int pageSize) {
        return s -> new QuizSettings(s.title(), s.descriptionHtml(), s.language(), s.timeLimit(), s.attempts(), s.passMark(),
                true, true, s.feedback(), pageSize, s.availableFrom(), s.availableUntil(), s.readings(), s.grading(), s.liveTime(), s.classAverage());
    }
}
