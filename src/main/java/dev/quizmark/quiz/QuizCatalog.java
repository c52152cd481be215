package dev.quizmark.quiz;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The quizzes of the quizzes folder, loaded at start-up and kept live: the folder is polled every second
 * (polling, unlike file-system events, also works on bind mounts and network shares), so a saved edit is
 * live within two seconds. Every good version is stored in quiz_version for grading.
 *
 * <p>The database is the source of truth when several instances share it: each second the catalog also
 * reads the versions that any instance made current since its last look, and serves the newest one of each
 * quiz, so all instances agree within two seconds even when their folders are updated at different times.
 */
@Startup
@ApplicationScoped
public class QuizCatalog {

    private static final Logger LOG = Logger.getLogger(QuizCatalog.class);

    @Inject
    ReadingLibrary readings;

    @Inject
    QuizVersionStore store;

    /** The newest version of a quiz made current by any instance, and when. */
    private record Newest(Quiz quiz, Instant since) {
    }

    /** Announcements older than this before the newest one seen are read again: commits land out of order. */
    private static final Duration ANNOUNCEMENT_OVERLAP = Duration.ofSeconds(10);

    private QuizFolderScanner scanner;
    private final Map<String, Quiz> versions = new ConcurrentHashMap<>();
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, Newest> newest = new ConcurrentHashMap<>();
    private Instant announcementsSeen = Instant.EPOCH;
    /** At start-up the files are loaded, not edited: they must not override a newer version from elsewhere. */
    private volatile boolean starting = true;

    @PostConstruct
    void load() {
        scanner = new QuizFolderScanner(quizzesDir(), readings::text, this::store);
        scanner.scan();
        starting = false;
        readAnnouncements();
        LOG.infof("Quizzes folder %s: %d quizzes, %d problems", quizzesDir().toAbsolutePath(), openQuizzes().size(),
                problems().size());
        problems().forEach(problem -> LOG.warn(problem));
    }

    /** Reads changed files and other instances' announcements; runs every second, and on demand (tests, tools). */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void rescan() {
        scanner.scan();
        readAnnouncements();
    }

    /** Called by the scanner for each new good version; if it throws, the scanner retries on its next scan. */
    private void store(Quiz quiz, String source) {
        Instant now = Instant.now();
        store.store(quiz, source, starting ? null : now);
        versions.put(quiz.contentHash(), quiz);
        sources.put(quiz.contentHash(), source);
        if (!starting) {
            newest.merge(quiz.id(), new Newest(quiz, now), QuizCatalog::newer);
        }
    }

    private void readAnnouncements() {
        try {
            Map<String, QuizVersionStore.Announcement> latest = new HashMap<>();
            for (QuizVersionStore.Announcement announced : store.madeCurrentSince(announcementsSeen.minus(ANNOUNCEMENT_OVERLAP))) {
                latest.put(announced.quizId(), announced);
                if (announced.madeCurrentAt().isAfter(announcementsSeen)) {
                    announcementsSeen = announced.madeCurrentAt();
                }
            }
            for (QuizVersionStore.Announcement announced : latest.values()) {
                Newest known = newest.get(announced.quizId());
                if (known == null || announced.madeCurrentAt().isAfter(known.since())) {
                    version(announced.contentHash()).ifPresent(quiz ->
                            newest.merge(quiz.id(), new Newest(quiz, announced.madeCurrentAt()), QuizCatalog::newer));
                }
            }
        } catch (RuntimeException databaseAway) {
            LOG.debugf("Could not read quiz versions from the database: %s", databaseAway.getMessage());
        }
    }

    private static Newest newer(Newest a, Newest b) {
        return b.since().isAfter(a.since()) ? b : a;
    }

    /** Current good versions of quiz files that exist, sorted by title. */
    public List<Quiz> openQuizzes() {
        return scanner.openQuizzes().stream().map(this::newestOf)
                .sorted(Comparator.comparing(Quiz::title).thenComparing(Quiz::id)).toList();
    }

    /** The current good version of a quiz, also when its file was deleted. */
    public Optional<Quiz> current(String quizId) {
        return scanner.current(quizId).map(this::newestOf);
    }

    private Quiz newestOf(Quiz local) {
        Newest known = newest.get(local.id());
        return known == null ? local : known.quiz();
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
        Optional<Quiz> stored = store.find(contentHash)
                .map(v -> QuizFileParser.withoutReadingChecks().parse(v.sourcePath, v.sourceText.getBytes(StandardCharsets.UTF_8)).quiz());
        stored.ifPresent(quiz -> versions.put(contentHash, quiz));
        return stored;
    }

    /** The file text of a quiz version, for lint: kept in memory for versions loaded here, else the stored source. */
    public Optional<String> sourceText(Quiz quiz) {
        String loaded = sources.get(quiz.contentHash());
        return loaded != null ? Optional.of(loaded) : store.find(quiz.contentHash()).map(version -> version.sourceText);
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
        return readings.folder();
    }
}
