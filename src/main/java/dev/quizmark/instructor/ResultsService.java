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
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads attempts and responses for the instructor pages (a class is small enough to hold in memory). */
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

    /** A quiz's results page: its overview, item statistics over submitted attempts, and every attempt. */
    public record QuizResults(Overview overview, ItemAttempts itemAttempts, List<ItemRow> items, List<AttemptRow> attempts) {
    }

    /** One attempt in detail: who, which quiz version, and each answer in words. */
    public record AttemptDetail(Attempt attempt, Account student, Quiz quiz, List<AttemptAnswers> answers) {
    }

    /** A response of a submitted attempt, for item statistics. */
    public record ResponseRow(long attemptId, String questionId, String answerJson, BigDecimal score, BigDecimal maxScore,
            Boolean correct) {

        double points() {
            return score == null ? 0 : score.doubleValue();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    QuizCatalog catalog;

    @Inject
    QuizmarkConfig config;

    /** Each quiz's overview under the filter. */
    public List<Overview> overviews(List<Quiz> quizzes, ExportFilter filter) {
        return quizzes.stream().map(quiz -> overview(quiz, attempts(filter.forQuiz(quiz.id())))).toList();
    }

    public QuizResults quiz(Quiz quiz, ExportFilter filter, ItemAttempts itemAttempts) {
        ExportFilter ofQuiz = filter.forQuiz(quiz.id());
        List<AttemptRow> attempts = attempts(ofQuiz);
        List<AttemptRow> submitted = attempts.stream().filter(AttemptRow::submitted).toList();
        List<AttemptRow> forItems = itemAttempts == ItemAttempts.ALL ? submitted : firstOfEachStudent(submitted);
        return new QuizResults(overview(quiz, attempts), itemAttempts, items(quiz, ofQuiz, forItems), attempts);
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
     */
    private List<ItemRow> items(Quiz quiz, ExportFilter filter, List<AttemptRow> submitted) {
        Map<Long, AttemptRow> attempts = submitted.stream().collect(Collectors.toMap(AttemptRow::attemptId, a -> a));
        Map<String, List<ResponseRow>> byQuestion = responses(filter).stream()
                .filter(r -> attempts.containsKey(r.attemptId()))
                .collect(Collectors.groupingBy(ResponseRow::questionId, LinkedHashMap::new, Collectors.toList()));
        List<ItemRow> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question question : quiz.questions()) {
            seen.add(question.id());
            items.add(item(question, byQuestion.getOrDefault(question.id(), List.of()), attempts, false));
        }
        for (String hash : olderVersions(quiz, filter)) {
            Quiz older = catalog.version(hash).orElse(null);
            if (older == null) {
                continue;
            }
            for (Question question : older.questions()) {
                if (seen.add(question.id()) && byQuestion.containsKey(question.id())) {
                    items.add(item(question, byQuestion.get(question.id()), attempts, true));
                }
            }
        }
        return items;
    }

    private static ItemRow item(Question question, List<ResponseRow> rows, Map<Long, AttemptRow> attempts, boolean earlier) {
        List<Double> fractions = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        for (ResponseRow r : rows) {
            AttemptRow attempt = attempts.get(r.attemptId());
            double max = r.maxScore().doubleValue();
            double restMax = attempt.maxPoints().doubleValue() - max;
            fractions.add(max == 0 ? 0 : r.points() / max);
            rest.add(restMax <= 0 ? 0 : (attempt.scorePoints().doubleValue() - r.points()) / restMax);
        }
        AnswerCounts counts = question.kind().count(rows.stream()
                .map(r -> new GivenAnswer(Answers.decode(r.answerJson()), r.correct())).toList());
        return new ItemRow(question, ItemStatistics.of(fractions, rest), counts, earlier);
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

    private List<ResponseRow> responses(ExportFilter filter) {
        return filter.bind(em.createQuery("select r.attemptId, r.questionId, r.answerJson, r.score, r.maxScore, r.correct"
                + " from QuestionResponse r, Attempt a, Account acc where a.id = r.attemptId and acc.id = a.accountId"
                + " and a.status = :submitted" + filter.jpql(), ResponseRow.class), config.timeZone())
                .setParameter("submitted", AttemptStatus.SUBMITTED)
                .getResultList();
    }
}
