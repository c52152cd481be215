package dev.quizmark.instructor;

import dev.quizmark.app.QuizmarkConfig;
import dev.quizmark.account.Account;
import dev.quizmark.attempt.Answers;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.question.AnswerCounts;
import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.QuizSettings.Grading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads attempts and responses for the instructor pages: attempts into memory, responses added up by the database. */
@ApplicationScoped
public class ResultsService {

    /**
     * A quiz's figures about students: {@code stats} (and the histogram) count one graded result per student, by the
     * quiz's grading method.
     *
     * @param attempted         students with any attempt
     * @param submitted         students with a submitted attempt (each has one graded result)
     * @param submittedAttempts submitted attempts, all of them
     */
    public record Overview(Quiz quiz, Grading grading, long attempted, long submitted, long submittedAttempts,
            ScoreStatistics stats) {
    }

    /** Which submitted attempts item statistics use: each student's first (Moodle's default), or all of them. */
    public enum ItemAttempts { FIRST, ALL }

    /** @param earlierVersionOnly the question id is gone from the current file but has answers from older versions */
    public record ItemRow(Question question, ItemStatistics stats, AnswerCounts counts, boolean earlierVersionOnly) {
    }

    /**
     * A quiz's results page: its overview, item statistics over submitted attempts, and one page of its attempts.
     *
     * @param attemptsPage 1-based page of {@link #attempts}, of {@code attemptsPages}
     */
    public record QuizResults(Overview overview, ItemAttempts itemAttempts, List<ItemRow> items, List<AttemptRow> attempts,
            int attemptsPage, int attemptsPages, long attemptsTotal) {

        public boolean hasPreviousPage() {
            return attemptsPage > 1;
        }

        public boolean hasNextPage() {
            return attemptsPage < attemptsPages;
        }
    }

    /** Attempts per page of a quiz's results; the page stays small whatever the class size. */
    public static final int ATTEMPTS_PER_PAGE = 50;

    /** One attempt in detail: who, which quiz version, and each answer in words. */
    public record AttemptDetail(Attempt attempt, Account student, Quiz quiz, List<AttemptAnswers> answers) {
    }

    @Inject
    EntityManager em;

    @Inject
    QuizCatalog catalog;

    @Inject
    QuizmarkConfig config;

    @Inject
    ResultsCache cache;

    /** Each quiz's overview under the filter. */
    public List<Overview> overviews(List<Quiz> quizzes, ExportFilter filter) {
        return quizzes.stream().map(quiz -> {
            ExportFilter ofQuiz = filter.forQuiz(quiz.id());
            return cachedOverview(quiz, ofQuiz, fingerprint(ofQuiz), () -> attempts(ofQuiz));
        }).toList();
    }

    /**
     * A quiz's results with page {@code page} of its attempts (newest first). Overview and item statistics come
     * from {@link ResultsCache} while no attempt was started or graded since they were computed.
     */
    public QuizResults quiz(Quiz quiz, ExportFilter filter, ItemAttempts itemAttempts, int page) {
        ExportFilter ofQuiz = filter.forQuiz(quiz.id());
        ResultsCache.Fingerprint fingerprint = fingerprint(ofQuiz);
        // After a grading both are computed again, from one read of the attempts.
        Supplier<List<AttemptRow>> all = once(() -> attempts(ofQuiz));
        Overview overview = cachedOverview(quiz, ofQuiz, fingerprint, all);
        List<ItemRow> items = cache.get("items|" + itemAttempts + key(quiz, ofQuiz), fingerprint, () -> items(quiz, ofQuiz,
                itemAttempts == ItemAttempts.ALL ? null
                        : firstOfEachStudent(all.get().stream().filter(AttemptRow::submitted).toList()).stream()
                                .map(AttemptRow::attemptId).toList()));
        int pages = (int) Math.max(1, (fingerprint.attempts() + ATTEMPTS_PER_PAGE - 1) / ATTEMPTS_PER_PAGE);
        int shown = Math.min(Math.max(1, page), pages);
        List<AttemptRow> attempts = filter(ofQuiz, em.createQuery(AttemptRow.SELECT + ofQuiz.jpql() + NEWEST_FIRST,
                AttemptRow.class))
                .setFirstResult((shown - 1) * ATTEMPTS_PER_PAGE).setMaxResults(ATTEMPTS_PER_PAGE).getResultList();
        return new QuizResults(overview, itemAttempts, items, attempts, shown, pages, fingerprint.attempts());
    }

    private Overview cachedOverview(Quiz quiz, ExportFilter ofQuiz, ResultsCache.Fingerprint fingerprint,
            Supplier<List<AttemptRow>> attempts) {
        return cache.get("overview" + key(quiz, ofQuiz), fingerprint, () -> overview(quiz, attempts.get()));
    }

    /** The supplier's value, read on first use and then kept. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** The quiz version (questions and grading method may change with it) and the filter. */
    private static String key(Quiz quiz, ExportFilter filter) {
        return "|" + quiz.contentHash() + "|" + filter;
    }

    /** One aggregate over the quiz's attempts under the filter; it changes whenever one is started or graded. */
    private ResultsCache.Fingerprint fingerprint(ExportFilter ofQuiz) {
        Object[] row = filter(ofQuiz, em.createQuery("select count(a), count(a.submittedAt), coalesce(max(a.id), 0)"
                + " from Attempt a, Account acc where acc.id = a.accountId" + ofQuiz.jpql(), Object[].class)).getSingleResult();
        return new ResultsCache.Fingerprint(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    private <Q extends jakarta.persistence.Query> Q filter(ExportFilter filter, Q query) {
        return filter.bind(query, config.timeZone());
    }

    /** Each student's graded result on the quiz, by its grading method, from their submitted attempts. */
    static List<GradedResult> graded(Quiz quiz, List<AttemptRow> attempts) {
        return attempts.stream().filter(AttemptRow::submitted)
                .collect(Collectors.groupingBy(AttemptRow::accountId, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(own -> GradedResult.of(quiz.settings().grading(), own, quiz.settings().passMark())).toList();
    }

    private static List<AttemptRow> firstOfEachStudent(List<AttemptRow> submitted) {
        return submitted.stream().collect(Collectors.groupingBy(AttemptRow::accountId, LinkedHashMap::new,
                        Collectors.minBy(Comparator.comparing(AttemptRow::startedAt).thenComparing(AttemptRow::attemptId))))
                .values().stream().map(Optional::orElseThrow).toList();
    }

    public List<AttemptRow> attemptsOf(long accountId) {
        return em.createQuery(AttemptRow.SELECT + " and acc.id = :accountId" + NEWEST_FIRST, AttemptRow.class)
                .setParameter("accountId", accountId).getResultList();
    }

    public Optional<AttemptDetail> attempt(long attemptId) {
        return Attempt.<Attempt>findByIdOptional(attemptId).flatMap(attempt -> catalog.version(attempt.contentHash)
                .map(quiz -> new AttemptDetail(attempt, Account.findById(attempt.accountId), quiz,
                        AttemptAnswers.of(quiz, QuestionResponse.ofAttempt(attemptId)))));
    }

    private static final String NEWEST_FIRST = " order by a.startedAt desc, a.id desc";

    /** Attempts of any status under the filter, newest first. */
    List<AttemptRow> attempts(ExportFilter filter) {
        return filter.bind(em.createQuery(AttemptRow.SELECT + filter.jpql() + NEWEST_FIRST, AttemptRow.class), config.timeZone())
                .getResultList();
    }

    /** @param all the quiz's attempts (any status) under the page's filter */
    private static Overview overview(Quiz quiz, List<AttemptRow> all) {
        List<GradedResult> graded = graded(quiz, all);
        return new Overview(quiz, quiz.settings().grading(), all.stream().map(AttemptRow::accountId).distinct().count(),
                graded.size(), all.stream().filter(AttemptRow::submitted).count(),
                ScoreStatistics.of(graded.stream().map(g -> g.percent().doubleValue()).toList(),
                        graded.stream().map(GradedResult::passed).toList()));
    }

    /**
     * Item statistics per question id, across every version the attempts were taken on: a question keeps its
     * statistics while its text is fixed, as long as its id stays. Questions of the current version come first,
     * in file order, then ids that only older versions had (described by the newest older version that has them).
     *
     * @param attemptIds the submitted attempts to count, or null for all of them under the filter
     */
    private List<ItemRow> items(Quiz quiz, ExportFilter filter, List<Long> attemptIds) {
        Map<String, ItemStatistics.Sums> sums = new HashMap<>();
        Map<String, List<GivenAnswer>> answers = new HashMap<>();
        for (List<Long> ids : chunks(attemptIds)) {
            sums(filter, ids).forEach((questionId, more) -> sums.merge(questionId, more, ItemStatistics.Sums::plus));
            givenAnswers(filter, ids).forEach((questionId, more) -> answers.computeIfAbsent(questionId, q -> new ArrayList<>())
                    .addAll(more));
        }
        List<ItemRow> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question question : quiz.questions()) {
            seen.add(question.id());
            items.add(item(question, sums, answers, false));
        }
        for (String hash : olderVersions(quiz, filter)) {
            Quiz older = catalog.version(hash).orElse(null);
            if (older == null) {
                continue;
            }
            for (Question question : older.questions()) {
                if (seen.add(question.id()) && sums.containsKey(question.id())) {
                    items.add(item(question, sums, answers, true));
                }
            }
        }
        return items;
    }

    private static ItemRow item(Question question, Map<String, ItemStatistics.Sums> sums,
            Map<String, List<GivenAnswer>> answers, boolean earlier) {
        return new ItemRow(question, ItemStatistics.of(sums.getOrDefault(question.id(), ItemStatistics.Sums.NONE)),
                question.kind().count(answers.getOrDefault(question.id(), List.of())), earlier);
    }

    /** At most this many attempt ids are bound to one query (PostgreSQL takes at most 65,535 parameters). */
    private static final int IDS_PER_QUERY = 10_000;

    /** The attempt ids in pieces of {@link #IDS_PER_QUERY}; one null piece (no id condition) for all attempts. */
    private static List<List<Long>> chunks(List<Long> attemptIds) {
        if (attemptIds == null) {
            return Collections.singletonList(null);
        }
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < attemptIds.size(); i += IDS_PER_QUERY) {
            chunks.add(attemptIds.subList(i, Math.min(attemptIds.size(), i + IDS_PER_QUERY)));
        }
        return chunks;
    }

    /** The question's score and the rest of the quiz's score, as fractions of their maximum (0 when there is none). */
    private static final String X = "(case when r.maxScore = 0 then 0 else coalesce(r.score, 0) / r.maxScore end)";
    private static final String Y = "(case when a.maxPoints - r.maxScore <= 0 then 0"
            + " else (coalesce(a.scorePoints, 0) - coalesce(r.score, 0)) / (a.maxPoints - r.maxScore) end)";

    /** The submitted responses under the filter (and of these attempts, unless null), joined with their attempt. */
    private static String responsesOf(ExportFilter filter, List<Long> ids) {
        return " from QuestionResponse r, Attempt a, Account acc where a.id = r.attemptId and acc.id = a.accountId"
                + " and a.status = :submitted" + filter.jpql() + (ids == null ? "" : " and a.id in (:ids)");
    }

    private <T> TypedQuery<T> overResponses(String select, ExportFilter filter, List<Long> ids, String groupBy, Class<T> type) {
        TypedQuery<T> query = filter(filter, em.createQuery(select + responsesOf(filter, ids) + groupBy, type))
                .setParameter("submitted", AttemptStatus.SUBMITTED);
        return ids == null ? query : query.setParameter("ids", ids);
    }

    /** Item statistics' sums per question id, added up by the database. */
    private Map<String, ItemStatistics.Sums> sums(ExportFilter filter, List<Long> ids) {
        Map<String, ItemStatistics.Sums> sums = new HashMap<>();
        for (Object[] row : overResponses("select r.questionId, count(r), sum(" + X + "), sum(" + Y + "), sum(" + X + " * "
                + X + "), sum(" + Y + " * " + Y + "), sum(" + X + " * " + Y + ")", filter, ids, " group by r.questionId",
                Object[].class).getResultList()) {
            sums.put((String) row[0], new ItemStatistics.Sums(((Number) row[1]).longValue(), decimal(row[2]),
                    decimal(row[3]), decimal(row[4]), decimal(row[5]), decimal(row[6])));
        }
        return sums;
    }

    private static BigDecimal decimal(Object sum) {
        return sum == null ? BigDecimal.ZERO : sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }

    /** The given answers per question id; each distinct answer is read once, however many gave it. */
    private Map<String, List<GivenAnswer>> givenAnswers(ExportFilter filter, List<Long> ids) {
        Map<String, List<GivenAnswer>> answers = new HashMap<>();
        for (Object[] row : overResponses("select r.questionId, r.answerJson, r.correct, count(r)", filter, ids,
                " group by r.questionId, r.answerJson, r.correct order by r.questionId, r.answerJson", Object[].class)
                .getResultList()) {
            GivenAnswer given = new GivenAnswer(Answers.decode((String) row[1]), (Boolean) row[2]);
            answers.computeIfAbsent((String) row[0], q -> new ArrayList<>())
                    .addAll(Collections.nCopies(((Number) row[3]).intValue(), given));
        }
        return answers;
    }

    /** Content hashes of the other versions submitted attempts were taken on, newest first. */
    private List<String> olderVersions(Quiz quiz, ExportFilter filter) {
        return filter.bind(em.createQuery("select a.contentHash from Attempt a, Account acc where acc.id = a.accountId"
                + " and a.status = :submitted and a.contentHash <> :current" + filter.jpql()
                + " group by a.contentHash order by max(a.startedAt) desc", String.class), config.timeZone())
                .setParameter("submitted", AttemptStatus.SUBMITTED)
                .setParameter("current", quiz.contentHash())
                .getResultList();
    }
}
