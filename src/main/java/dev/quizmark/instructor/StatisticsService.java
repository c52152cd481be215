package dev.quizmark.instructor;

import dev.quizmark.analysis.QuizAnalysis;
import dev.quizmark.analysis.Sitting;
import dev.quizmark.app.QuizmarkConfig;
import dev.quizmark.attempt.Answers;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.instructor.ResultsService.ItemAttempts;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moodle's quiz statistics for a quiz's results page: reads the analysed attempts (each student's first, or all)
 * and their responses, and keeps the figures until an attempt is submitted or regraded under the same filter —
 * a large class's statistics are computed once per change, not once per page view.
 */
@ApplicationScoped
public class StatisticsService {

    /** What the figures were computed from; when the database still says the same, they are reused. */
    private record Key(String contentHash, ExportFilter filter, ItemAttempts which) {
    }

    private record Fingerprint(long attempts, Long lastId, Instant lastSubmitted, Instant lastRegraded) {
    }

    private record Cached(Fingerprint fingerprint, QuizAnalysis analysis) {
    }

    /** Bounded: one entry per quiz version, filter and choice; the oldest half goes when it is full. */
    private static final int MAX_CACHED = 200;

    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    QuizCatalog catalog;

    @Inject
    QuizmarkConfig config;

    private record AttemptRecord(long id, long accountId, Instant startedAt, BigDecimal scorePoints, String contentHash) {
    }

    private record ResponseRecord(long attemptId, String questionId, String answerJson, BigDecimal score) {
    }

    public QuizAnalysis analysis(Quiz quiz, ExportFilter filter, ItemAttempts which) {
        ExportFilter ofQuiz = filter.forQuiz(quiz.id());
        Key key = new Key(quiz.contentHash(), ofQuiz, which);
        Fingerprint now = fingerprint(ofQuiz);
        Cached cached = cache.get(key);
        if (cached != null && cached.fingerprint().equals(now)) {
            return cached.analysis();
        }
        QuizAnalysis analysis = compute(quiz, ofQuiz, which);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Cached(now, analysis));
        return analysis;
    }

    private Fingerprint fingerprint(ExportFilter filter) {
        Object[] row = filter.bind(em.createQuery("select count(a), max(a.id), max(a.submittedAt), max(a.regradedAt)"
                + " from Attempt a, Account acc where acc.id = a.accountId and a.status = :submitted" + filter.jpql(),
                Object[].class), config.timeZone()).setParameter("submitted", AttemptStatus.SUBMITTED).getSingleResult();
        return new Fingerprint((Long) row[0], (Long) row[1], (Instant) row[2], (Instant) row[3]);
    }

    private QuizAnalysis compute(Quiz quiz, ExportFilter filter, ItemAttempts which) {
        List<AttemptRecord> attempts = filter.bind(em.createQuery("select a.id, a.accountId, a.startedAt, a.scorePoints,"
                + " a.contentHash from Attempt a, Account acc where acc.id = a.accountId and a.status = :submitted"
                + filter.jpql() + " order by a.startedAt, a.id", AttemptRecord.class), config.timeZone())
                .setParameter("submitted", AttemptStatus.SUBMITTED).getResultList();
        if (which == ItemAttempts.FIRST) {
            Set<Long> seen = new HashSet<>();
            attempts = attempts.stream().filter(a -> seen.add(a.accountId())).toList();
        }
        Map<Long, Map<String, Sitting.Answered>> answers = new LinkedHashMap<>();
        attempts.forEach(a -> answers.put(a.id(), new HashMap<>()));
        List<ResponseRecord> responses = filter.bind(em.createQuery("select r.attemptId, r.questionId, r.answerJson, r.score"
                + " from QuestionResponse r, Attempt a, Account acc where a.id = r.attemptId and acc.id = a.accountId"
                + " and a.status = :submitted" + filter.jpql(), ResponseRecord.class), config.timeZone())
                .setParameter("submitted", AttemptStatus.SUBMITTED).getResultList();
        for (ResponseRecord r : responses) {
            Map<String, Sitting.Answered> of = answers.get(r.attemptId());
            if (of != null) {
                of.put(r.questionId(), new Sitting.Answered(r.score() == null ? 0 : r.score().doubleValue(),
                        Answers.decode(r.answerJson())));
            }
        }
        List<Sitting> sittings = attempts.stream().map(a -> new Sitting(a.id(),
                a.scorePoints() == null ? 0 : a.scorePoints().doubleValue(), answers.get(a.id()))).toList();
        return QuizAnalysis.of(items(quiz, attempts, sittings), quiz.maxPoints(), sittings);
    }

    /**
     * The current file's questions in file order, then ids only older versions had and some analysed attempt
     * answered (described by the newest older version that has them): statistics follow a question by its id.
     */
    private List<QuizAnalysis.Item> items(Quiz quiz, List<AttemptRecord> attempts, List<Sitting> sittings) {
        List<QuizAnalysis.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question question : quiz.questions()) {
            seen.add(question.id());
            items.add(new QuizAnalysis.Item(question, false));
        }
        Set<String> answered = new HashSet<>();
        sittings.forEach(s -> answered.addAll(s.answers().keySet()));
        List<String> olderHashes = new ArrayList<>();
        for (int i = attempts.size() - 1; i >= 0; i--) {
            String hash = attempts.get(i).contentHash();
            if (!hash.equals(quiz.contentHash()) && !olderHashes.contains(hash)) {
                olderHashes.add(hash);
            }
        }
        for (String hash : olderHashes) {
            catalog.version(hash).ifPresent(older -> older.questions().stream()
                    .filter(q -> answered.contains(q.id()) && seen.add(q.id()))
                    .forEach(q -> items.add(new QuizAnalysis.Item(q, true))));
        }
        return items;
    }
}
