package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizFolderScannerTest {

    @TempDir
    Path folder;

    private final List<String> storedVersions = new ArrayList<>();
    private QuizFolderScanner scanner;
    private long clock = 1_700_000_000_000L;

    @BeforeEach
    void setUp() {
        scanner = new QuizFolderScanner(folder, path -> Optional.empty(), (quiz, source) -> storedVersions.add(quiz.contentHash()));
    }

    private void write(String path, String title, String questionTitle) throws IOException {
        writeRaw(path, "---\ntitle: " + title + "\n---\n\n## " + questionTitle + " {#q1}\n\nPrompt?\n\n- [x] yes\n- [ ] no\n");
    }

    private void writeRaw(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        clock += 1000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    }

    @Test
    void loadsQuizzesFromSubfoldersButNotReadings() throws IOException {
        write("week1/intro.md", "Intro", "Q");
        write("readings/passage.md", "Not a quiz", "Q");
        scanner.scan();
        assertEquals(List.of("intro"), scanner.openQuizzes().stream().map(Quiz::id).toList());
        assertEquals("week1/intro.md", scanner.current("intro").orElseThrow().path());
        assertEquals(1, storedVersions.size());
    }

    @Test
    void anEditReplacesTheQuizAndStoresTheNewVersion() throws IOException {
        write("intro.md", "Intro", "Old");
        scanner.scan();
        String first = scanner.current("intro").orElseThrow().contentHash();
        write("intro.md", "Intro", "New title");
        scanner.scan();
        Quiz edited = scanner.current("intro").orElseThrow();
        assertEquals("New title", edited.questions().get(0).title());
        assertEquals(List.of(first, edited.contentHash()), storedVersions);
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionAndReportsTheProblem() throws IOException {
        write("intro.md", "Intro", "Good");
        scanner.scan();
        writeRaw("intro.md", "---\ntitle: Intro\ntime_limit: soon\n---\n\n## Good {#q1}\n\nPrompt?\n\n- [x] yes\n- [ ] no\n");
        scanner.scan();
        assertEquals("Good", scanner.current("intro").orElseThrow().questions().get(0).title());
        assertEquals(List.of("intro.md:3: expected a duration like 15m or 1h30m, got \"soon\""),
                scanner.problems().stream().map(QuizProblem::toString).toList());
        write("intro.md", "Intro", "Fixed");
        scanner.scan();
        assertEquals(List.of(), scanner.problems());
        assertEquals("Fixed", scanner.current("intro").orElseThrow().questions().get(0).title());
    }

    @Test
    void aDeletedFileClosesTheQuizButKeepsItForGrading() throws IOException {
        write("intro.md", "Intro", "Q");
        scanner.scan();
        Files.delete(folder.resolve("intro.md"));
        scanner.scan();
        assertTrue(scanner.isDeleted("intro"));
        assertEquals(List.of(), scanner.openQuizzes());
        assertTrue(scanner.current("intro").isPresent());
        write("intro.md", "Intro", "Q");
        scanner.scan();
        assertFalse(scanner.isDeleted("intro"));
    }

    @Test
    void twoFilesWithOneIdIsAProblemOnTheSecond() throws IOException {
        write("a.md", "A", "Q");
        writeRaw("b.md", "---\nid: a\ntitle: B\n---\n\n## Q {#q1}\n\nPrompt?\n\n- [x] yes\n- [ ] no\n");
        scanner.scan();
        assertEquals("A", scanner.current("a").orElseThrow().title());
        assertEquals(List.of("b.md:1: quiz id 'a' is already used by a.md: give this quiz its own id"),
                scanner.problems().stream().map(QuizProblem::toString).toList());
    }

    @Test
    void unchangedFilesAreNotReparsed() throws IOException {
        write("intro.md", "Intro", "Q");
        scanner.scan();
        Quiz first = scanner.current("intro").orElseThrow();
        scanner.scan();
        assertTrue(first == scanner.current("intro").orElseThrow());
    }

    @Test
    void giftFilesLoadAndTheirProblemsCarryGiftLines() throws IOException {
        writeRaw("moodle/week1.gift", "// comment\n::Capital:: Capital of Korea? {=Seoul =서울}\n");
        writeRaw("moodle/essay.gift", "\n::Essay:: Tell me. {}\n");
        scanner.scan();
        assertEquals(List.of("week1"), scanner.openQuizzes().stream().map(Quiz::id).toList());
        assertEquals("short", scanner.current("week1").orElseThrow().questions().get(0).kind().typeName());
        assertEquals(List.of("moodle/essay.gift:2: essay questions ({}) are not supported: Quizmark grades every answer automatically"),
                scanner.problems().stream().map(QuizProblem::toString).toList());
    }

    @Test
    void anEditThatKeepsSizeAndModificationTimeIsStillSeen() throws IOException {
        write("intro.md", "Intro", "Aaa");
        scanner.scan();
        FileTime time = Files.getLastModifiedTime(folder.resolve("intro.md"));
        Files.writeString(folder.resolve("intro.md"), Files.readString(folder.resolve("intro.md")).replace("Aaa", "Bbb"));
        Files.setLastModifiedTime(folder.resolve("intro.md"), time);
        scanner.scan();
        assertEquals("Bbb", scanner.current("intro").orElseThrow().questions().get(0).title());
    }

    @Test
    void aFileStillBeingWrittenIsLoadedOnlyOnceItHasSettled() throws IOException {
        write("intro.md", "Intro", "Old");
        scanner.scan();
        Path file = folder.resolve("intro.md");
        Files.writeString(file, "---\ntitle: Intro\n---\n\n## New {#q1}\n\nPrompt?\n\n- [x] yes\n");
        Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.now()));
        scanner.scan();
        assertEquals("Old", scanner.current("intro").orElseThrow().questions().get(0).title());
        assertEquals(List.of(), scanner.problems(), "a half-written file is not judged yet");
        Files.writeString(file, "---\ntitle: Intro\n---\n\n## New {#q1}\n\nPrompt?\n\n- [x] yes\n- [ ] no\n");
        Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.now().minus(QuizFolderScanner.SETTLE)));
        scanner.scan();
        assertEquals("New", scanner.current("intro").orElseThrow().questions().get(0).title());
    }

    @Test
    void aVersionThatCouldNotBeStoredIsStoredOnTheNextScan() throws IOException {
        List<String> stored = new ArrayList<>();
        boolean[] databaseDown = {false};
        QuizFolderScanner flaky = new QuizFolderScanner(folder, path -> Optional.empty(), (quiz, source) -> {
            if (databaseDown[0]) {
                throw new IllegalStateException("connection refused");
            }
            stored.add(quiz.questions().get(0).title());
        });
        write("intro.md", "Intro", "Old");
        flaky.scan();
        databaseDown[0] = true;
        write("intro.md", "Intro", "Edited while the database was down");
        flaky.scan();
        assertEquals("Old", flaky.current("intro").orElseThrow().questions().get(0).title(),
                "a version that is not stored cannot be served: attempts on it could not be graded");
        databaseDown[0] = false;
        flaky.scan();
        assertEquals(List.of("Old", "Edited while the database was down"), stored);
        assertEquals("Edited while the database was down", flaky.current("intro").orElseThrow().questions().get(0).title());
    }

    @Test
    void aCopyOfAQuizUnderAnotherNameIsAVersionOfItsOwnQuiz() throws IOException {
        write("section-1.md", "Same", "Q");
        write("section-2.md", "Same", "Q");
        scanner.scan();
        assertEquals(2, storedVersions.stream().distinct().count(),
                "identical files of two quizzes must not share one stored version (it records one quiz id)");
    }
}
