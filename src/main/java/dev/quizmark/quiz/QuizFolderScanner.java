package dev.quizmark.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import dev.quizmark.quiz.exchange.QuestionBankImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Keeps the quizzes of a folder ({@code *.md}, and Moodle {@code *.gift} and {@code *.xml} converted on load) in step with its
 * files. Each {@link #scan()} re-parses only files whose content changed (compared by digest, so an edit
 * that keeps size and modification time is still seen), or all of them when a reading passage changed, as
 * quotes are checked against readings. After the first scan, a file modified less than {@link #SETTLE} ago
 * is left for the next scan, so a file caught half-written never becomes a version. A file that fails
 * validation never replaces the last good version of its quiz; a deleted file closes its quiz but keeps it
 * known for grading. When storing a new version fails (database away), nothing is recorded and the next
 * scan tries again. Not thread-safe: the catalog serialises scans.
 */
public class QuizFolderScanner {

    private static final Logger LOG = Logger.getLogger(QuizFolderScanner.class);

    /** How long a file must be left alone before a scan loads it; below the 1 s scan period. */
    static final Duration SETTLE = Duration.ofMillis(500);

    /** @param quiz the file parsed as a quiz at least once (its id may clash, a later edit may have broken it) */
    private record FileState(String digest, String quizId, boolean quiz, List<QuizProblem> problems) {
    }

    private final Path folder;
    private final QuizFileParser parser;
    private final BiConsumer<Quiz, String> onNewVersion;
    private final Map<String, FileState> files = new HashMap<>();
    private final Map<String, Quiz> current = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private Map<String, Long> readingsSeen = Map.of();
    private boolean scannedOnce;

    /**
     * @param readingText  reading passage text by path relative to the folder
     * @param onNewVersion called once for each good quiz version loaded, with its source text (to store it)
     */
    public QuizFolderScanner(Path folder, Function<String, Optional<String>> readingText, BiConsumer<Quiz, String> onNewVersion) {
        this.folder = folder;
        this.parser = new QuizFileParser(readingText);
        this.onNewVersion = onNewVersion;
    }

    public synchronized void scan() {
        Map<String, Long> readings = modifiedTimes(listFiles().stream().filter(this::isReading).toList());
        boolean readingsChanged = !readings.equals(readingsSeen);
        readingsSeen = readings;
        Set<String> present = new HashSet<>();
        for (Path file : listFiles()) {
            String path = relative(file);
            if (isReading(file) || !(path.endsWith(".md") || QuestionBankImport.isBank(path))) {
                continue;
            }
            present.add(path);
            scanFile(file, path, readingsChanged);
        }
        for (String gone : new ArrayList<>(files.keySet())) {
            if (!present.contains(gone)) {
                FileState state = files.remove(gone);
                if (state.quizId() != null && current.containsKey(state.quizId()) && current.get(state.quizId()).path().equals(gone)) {
                    deleted.add(state.quizId());
                }
            }
        }
        scannedOnce = true;
    }

    private void scanFile(Path file, String path, boolean readingsChanged) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String digest = QuizFileParser.sha256(bytes);
            FileState before = files.get(path);
            if (before != null && !readingsChanged && before.digest().equals(digest) || stillBeingWritten(file)) {
                return;
            }
            String knownQuizId = before == null ? null : before.quizId();
            if (QuestionBankImport.isBank(path)) {
                QuestionBankImport.Result converted = QuestionBankImport.read(path, bytes);
                if (!converted.problems().isEmpty()) {
                    files.put(path, new FileState(digest, knownQuizId, wasQuiz(before), converted.problems()));
                    return;
                }
                bytes = converted.markdown().getBytes(StandardCharsets.UTF_8);
            }
            QuizFileParser.Result result = parser.parse(path, bytes);
            if (!result.ok()) {
                files.put(path, new FileState(digest, knownQuizId, wasQuiz(before), result.problems()));
                return;
            }
            Quiz quiz = result.quiz();
            Quiz owner = current.get(quiz.id());
            if (owner != null && !owner.path().equals(path) && !deleted.contains(quiz.id())) {
                files.put(path, new FileState(digest, null, true, List.of(new QuizProblem(path, 1,
                        "quiz id '" + quiz.id() + "' is already used by " + owner.path() + ": give this quiz its own id"))));
                return;
            }
            if (owner == null || !owner.contentHash().equals(quiz.contentHash())) {
                onNewVersion.accept(quiz, new String(bytes, StandardCharsets.UTF_8));
            }
            if (knownQuizId != null && !knownQuizId.equals(quiz.id())) {
                deleted.add(knownQuizId);
            }
            files.put(path, new FileState(digest, quiz.id(), true, List.of()));
            deleted.remove(quiz.id());
            current.put(quiz.id(), quiz);
        } catch (IOException e) {
            files.put(path, new FileState("", null, wasQuiz(files.get(path)), List.of(new QuizProblem(path, 1, "cannot read file: " + e.getMessage()))));
        } catch (RuntimeException storeFailed) {
            LOG.warnf("Could not store a new version of %s, will retry on the next scan: %s", path, storeFailed.getMessage());
        }
    }

    private boolean stillBeingWritten(Path file) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        return scannedOnce && modified.isAfter(Instant.now().minus(SETTLE));
    }

    private static boolean wasQuiz(FileState before) {
        return before != null && before.quiz();
    }

    /**
     * Whether the file (path relative to the folder) holds a quiz, so it must never be shown as a reading
     * passage: it parsed as one at least once, even if it is broken now or its id clashes with another quiz.
     */
    public synchronized boolean isQuizFile(String path) {
        FileState state = files.get(path);
        return state != null && state.quiz();
    }

    /** The reading paths named under {@code source:} by the current version of every known quiz, deleted ones included. */
    public synchronized Set<String> declaredReadings() {
        Set<String> readings = new HashSet<>();
        current.values().forEach(quiz -> readings.addAll(quiz.settings().readings()));
        return readings;
    }

    public synchronized List<Quiz> openQuizzes() {
        return current.values().stream().filter(q -> !deleted.contains(q.id()))
                .sorted(Comparator.comparing(Quiz::title).thenComparing(Quiz::id)).toList();
    }

    public synchronized Optional<Quiz> current(String quizId) {
        return Optional.ofNullable(current.get(quizId));
    }

    public synchronized boolean isDeleted(String quizId) {
        return deleted.contains(quizId);
    }

    public synchronized List<QuizProblem> problems() {
        return files.values().stream().flatMap(f -> f.problems().stream())
                .sorted(Comparator.comparing(QuizProblem::path).thenComparingInt(QuizProblem::line)).toList();
    }

    private List<Path> listFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isReading(Path file) {
        return relative(file).startsWith("readings/");
    }

    private String relative(Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static Map<String, Long> modifiedTimes(List<Path> files) {
        Map<String, Long> times = new HashMap<>();
        for (Path file : files) {
            try {
                times.put(file.toString(), Files.getLastModifiedTime(file).toMillis() ^ Files.size(file));
            } catch (IOException e) {
                times.put(file.toString(), -1L);
            }
        }
        return times;
    }
}
