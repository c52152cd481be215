package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two catalogs on one database, as two instances behind a load balancer are: each with its own copy of the
 * quizzes folder, storing versions at the same moment and learning each other's edits from the database.
 */
@QuarkusTest
class QuizCatalogInstancesTest {

    @Inject
    QuizVersionStore store;

    @TempDir
    Path folderA;

    @TempDir
    Path folderB;

    private final String quizId = "instances-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void twoInstancesStartingTogetherWithANewFileBothStart() throws Exception {
        write(folderA, "First");
        write(folderB, "First");
        List<QuizCatalog> catalogs = together(() -> started(folderA), () -> started(folderB));
        assertEquals(title(catalogs.get(0)), "First");
        assertEquals(title(catalogs.get(1)), "First");
    }

    @Test
    void bothInstancesStoringTheSameEditAtOnceServeIt() throws Exception {
        write(folderA, "First");
        write(folderB, "First");
        QuizCatalog a = started(folderA);
        QuizCatalog b = started(folderB);
        write(folderA, "Second");
        write(folderB, "Second");
        together(() -> rescanned(a), () -> rescanned(b));
        assertEquals("Second", title(a));
        assertEquals("Second", title(b));
    }

    @Test
    void anInstanceServesAnEditMadeOnAnotherInstancesFolder() throws Exception {
        write(folderA, "First");
        write(folderB, "First");
        QuizCatalog a = started(folderA);
        QuizCatalog b = started(folderB);
        write(folderA, "Second");
        a.rescan();
        b.rescan();
        assertEquals("Second", title(b), "b learns a's edit from the database");
        write(folderA, "First");
        a.rescan();
        b.rescan();
        assertEquals("First", title(b), "a revert to a version stored before is learnt too");
        assertEquals("First", title(a));
    }

    private QuizCatalog started(Path folder) {
        QuizCatalog catalog = new QuizCatalog();
        catalog.readings = new ReadingLibrary(folder);
        catalog.store = store;
        catalog.load();
        return catalog;
    }

    private static QuizCatalog rescanned(QuizCatalog catalog) {
        catalog.rescan();
        return catalog;
    }

    private String title(QuizCatalog catalog) {
        return catalog.current(quizId).orElseThrow().questions().get(0).title();
    }

    /** Writes the quiz file as an editor saving it a moment ago would, so the next scan takes it. */
    private void write(Path folder, String questionTitle) throws IOException {
        Path file = folder.resolve(quizId + ".md");
        Files.writeString(file, "---\ntitle: Instances\n---\n\n## " + questionTitle + " {#q1}\n\nPrompt?\n\n- [x] yes\n- [ ] no\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
    }

    @SafeVarargs
    private static List<QuizCatalog> together(Callable<QuizCatalog>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<QuizCatalog>> futures = pool.invokeAll(List.of(tasks));
            return futures.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError("an instance failed", e);
                }
            }).toList();
        } finally {
            pool.shutdown();
        }
    }
}
