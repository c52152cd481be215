package dev.quizmark.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The quizzes of the quizzes folder, loaded at start-up and kept live: the folder is polled every second
 * (polling, unlike file-system events, also works on bind mounts and network shares), so a saved edit is
 * live within two seconds. Every good version is stored in quiz_version for grading.
 */
@Startup
@ApplicationScoped
public class QuizCatalog {

    private static final Logger LOG = Logger.getLogger(QuizCatalog.class);

    @ConfigProperty(name = "quizmark.quizzes.dir")
    Path quizzesDir;

    @Inject
    ReadingLibrary readings;

    private QuizFolderScanner scanner;
    private final Map<String, Quiz> versions = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        scanner = new QuizFolderScanner(quizzesDir, readings::text, this::store);
        scanner.scan();
        LOG.infof("Quizzes folder %s: %d quizzes, %d problems", quizzesDir.toAbsolutePath(), openQuizzes().size(),
                problems().size());
        problems().forEach(problem -> LOG.warn(problem));
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    protected void rescan() {
        scanner.scan();
    }

    private void store(Quiz quiz, String source) {
        versions.put(quiz.contentHash(), quiz);
        QuarkusTransaction.requiringNew().run(() -> {
            if (QuizVersion.findById(quiz.contentHash()) == null) {
                QuizVersion version = new QuizVersion();
                version.contentHash = quiz.contentHash();
                version.quizId = quiz.id();
                version.sourcePath = quiz.path();
                version.sourceText = source;
                version.firstLoadedAt = Instant.now();
                version.persist();
            }
        });
    }

    /** Current good versions of quiz files that exist, sorted by title. */
    public List<Quiz> openQuizzes() {
        return scanner.openQuizzes();
    }

    /** The current good version of a quiz, also when its file was deleted. */
    public Optional<Quiz> current(String quizId) {
        return scanner.current(quizId);
    }

    /** True when the quiz's file is gone: no new attempts, existing attempts stay. */
    public boolean isDeleted(String quizId) {
        return scanner.isDeleted(quizId);
    }

    /** Any version ever loaded, by content hash (memory, else the stored source in quiz_version). */
    public Optional<Quiz> version(String contentHash) {
        Quiz cached = versions.get(contentHash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Quiz> stored = QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(
                (QuizVersion) QuizVersion.findById(contentHash)))
                .map(v -> QuizFileParser.withoutReadingChecks().parse(v.sourcePath, v.sourceText.getBytes(StandardCharsets.UTF_8)).quiz());
        stored.ifPresent(quiz -> versions.put(contentHash, quiz));
        return stored;
    }

    /**
     * A reading passage students may open: a Markdown file inside the quizzes folder, under {@code readings/} or
     * named under {@code source:} by a quiz, and never a quiz file. Symlinks are followed before any of these
     * checks, so a link cannot lead out of the folder or onto a quiz.
     */
    public Optional<ReadingPassage> publishedReading(String path) {
        return readings.realPath(path)
                .filter(file -> file.startsWith("readings/") || declaredReadings().contains(file))
                .filter(file -> !scanner.isQuizFile(file))
                .flatMap(readings::passage);
    }

    /** Where the readings named under {@code source:} really lead (symlinks followed). */
    private Set<String> declaredReadings() {
        return scanner.declaredReadings().stream().map(readings::realPath).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    /** Current validation problems of all files. */
    public List<QuizProblem> problems() {
        return scanner.problems();
    }

    public Path quizzesDir() {
        return quizzesDir;
    }
}
