package dev.quizmark.attempt;

import dev.quizmark.app.QuizmarkConfig;
import dev.quizmark.accommodation.Accommodations;
import dev.quizmark.account.Account;
import dev.quizmark.question.AnswerFields;
import dev.quizmark.question.PostedForm;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.quiz.QuizSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The life of an attempt: starting (attempt limit, availability window, one attempt in progress), saving answers,
 * and submitting exactly once. Grading is {@link AttemptGrader}'s, who may see what {@link FeedbackPolicy}'s.
 *
 * <p>Timing is enforced here, not in the browser. An attempt's deadline is its start plus the time limit,
 * capped at the quiz's closing time. Answers are still taken for {@code quizmark.attempt.grace} after the
 * deadline (a save sent just before the end may arrive late); after that the attempt is submitted with
 * the answers it has, on whichever comes first: the next request that touches it ({@link #load},
 * {@link #save}, {@link #startOrResume}) or {@link AttemptDeadlineJob}.
 */
@ApplicationScoped
public class AttemptService {

    /** What a save leaves: how many questions of the attempt are answered, of how many. */
    public record Saved(int answered, int total) {
    }

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    QuizCatalog catalog;

    @Inject
    EntityManager em;

    @Inject
    Event<AttemptSubmitted> submitted;

    @Inject
    ResponseWriter writer;

    @Inject
    StartedAttempts startedAttempts;

    @Inject
    QuizmarkConfig config;

    @Inject
    Accommodations accommodations;

    public Duration grace() {
        return config.attempt().grace();
    }

    /**
     * Resumes the student's attempt in progress, or starts a new one if the quiz allows it.
     */
    @Transactional(dontRollbackOn = AttemptProblem.class)
    public Attempt startOrResume(long accountId, String quizId, Instant now) {
        // Serialise starts per student (two tabs, a double click): the second waits and then resumes.
        Account student = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Attempt> open = Attempt.inProgress(accountId, quizId);
        if (open.isPresent()) {
            if (!open.get().isOverdue(now, grace())) {
                return open.get();
            }
            submit(open.get().id, true, now);
        }
        // The quiz as this student takes it: accommodations change its time limit, attempts and window.
        Quiz quiz = accommodations.effective(student, catalog.current(quizId)
                .orElseThrow(() -> new AttemptProblem(AttemptProblem.Reason.NOT_FOUND)));
        if (catalog.isDeleted(quizId)) {
            throw new AttemptProblem(AttemptProblem.Reason.QUIZ_DELETED);
        }
        QuizSettings settings = quiz.settings();
        if (settings.availableFrom() != null && now.isBefore(settings.availableFrom().toInstant())) {
            throw new AttemptProblem(AttemptProblem.Reason.NOT_OPEN_YET);
        }
        if (settings.availableUntil() != null && !now.isBefore(settings.availableUntil().toInstant())) {
            throw new AttemptProblem(AttemptProblem.Reason.CLOSED);
        }
        if (settings.attempts() != null && Attempt.ofStudent(accountId, quizId).size() >= settings.attempts()) {
            throw new AttemptProblem(AttemptProblem.Reason.NO_ATTEMPTS_LEFT);
        }
        Attempt attempt = new Attempt();
        attempt.accountId = accountId;
        attempt.quizId = quizId;
        attempt.contentHash = quiz.contentHash();
        attempt.seed = SEEDS.nextLong();
        attempt.status = AttemptStatus.IN_PROGRESS;
        attempt.startedAt = now;
        attempt.deadline = deadline(settings, now);
        attempt.maxPoints = AttemptGrader.decimal(quiz.maxPoints(), 3);
        attempt.persist();
        return attempt;
    }

    static Instant deadline(QuizSettings settings, Instant start) {
        Instant deadline = settings.timeLimit() == null ? null : start.plus(settings.timeLimit());
        if (settings.availableUntil() != null) {
            Instant until = settings.availableUntil().toInstant();
            if (deadline == null || until.isBefore(deadline)) {
                deadline = until;
            }
        }
        return deadline;
    }

    /**
     * The student's own attempt, submitted first if it is past its deadline and grace (the "next access"
     * path of automatic submission). Someone else's attempt is reported as not found, revealing nothing.
     */
    @Transactional
    public Attempt load(long attemptId, long accountId, Instant now) {
        Attempt attempt = Attempt.findById(attemptId);
        if (attempt == null || attempt.accountId != accountId) {
            throw new AttemptProblem(AttemptProblem.Reason.NOT_FOUND);
        }
        if (attempt.isOverdue(now, grace())) {
            submit(attemptId, true, now);
        }
        return attempt;
    }

    /** Submits the student's overdue attempts so lists and quiz pages show final states. */
    @Transactional
    public void expireOverdue(long accountId, Instant now) {
        for (Attempt attempt : Attempt.ofStudent(accountId)) {
            if (attempt.isOverdue(now, grace())) {
                submit(attempt.id, true, now);
            }
        }
    }

    /**
     * Saves the posted answers to the questions named in {@code questionIds}. For immediate-feedback quizzes the
     * questions in {@code check} are graded now and locked. Refused once submitted or past the grace period; in
     * the latter case the attempt is submitted (and that is committed) before refusing.
     *
     * <p>The exam's hot path (issue 14): the attempt's fixed facts come from memory ({@link StartedAttempts}),
     * and the checks and the write are one statement ({@link ResponseWriter#saveIfOpen}), so it runs in no
     * transaction of its own.
     */
    public Saved save(long attemptId, long accountId, PostedForm form, List<String> questionIds, Set<String> check,
            Instant now) {
        StartedAttempts.StartedAttempt started = startedAttempts.find(attemptId)
                .filter(attempt -> attempt.accountId() == accountId)
                .orElseThrow(() -> new AttemptProblem(AttemptProblem.Reason.NOT_FOUND));
        AttemptLayout layout = new AttemptLayout(version(started.contentHash(), attemptId), started.seed());
        Posted posted;
        try {
            posted = posted(layout, form, questionIds, check);
        } catch (AttemptProblem badForm) {
            // A closed attempt says so first, whatever was posted: the checks alone, with nothing to write.
            refuseUnlessOpen(attemptId, writer.saveIfOpen(attemptId, List.of(), now, grace()), now);
            throw badForm;
        }
        ResponseWriter.SaveOutcome outcome = writer.saveIfOpen(attemptId, posted.rows(), now, grace());
        refuseUnlessOpen(attemptId, outcome, now);
        if (!outcome.written()) {
            throw new AttemptProblem(AttemptProblem.Reason.QUESTION_LOCKED);
        }
        long answered = posted.answered()
                + outcome.otherAnswers().stream().map(Answers::decode).filter(Answers::isAnswered).count();
        return new Saved((int) answered, layout.quiz().questions().size());
    }

    /** The rows to write for the posted answers, and how many of them are answered. */
    private record Posted(List<ResponseWriter.Row> rows, int answered) {
    }

    /** The posted answers; the questions in {@code check} graded if the quiz grades on check. */
    private static Posted posted(AttemptLayout layout, PostedForm form, List<String> questionIds, Set<String> check) {
        if (check.stream().anyMatch(questionId -> layout.quiz().question(questionId).isEmpty())) {
            throw new AttemptProblem(AttemptProblem.Reason.UNKNOWN_QUESTION);
        }
        boolean gradesOnCheck = FeedbackPolicy.gradesOnCheck(layout.quiz().settings());
        List<ResponseWriter.Row> rows = new ArrayList<>();
        int answered = 0;
        for (String questionId : new LinkedHashSet<>(questionIds)) {
            Question question = layout.quiz().question(questionId)
                    .orElseThrow(() -> new AttemptProblem(AttemptProblem.Reason.UNKNOWN_QUESTION));
            List<String> answer = question.kind().read(form, new AnswerFields(questionId), layout.order(question));
            boolean grade = gradesOnCheck && check.contains(questionId) && Answers.isAnswered(answer);
            AttemptGrader.QuestionGrade graded = grade ? AttemptGrader.grade(question, answer) : null;
            rows.add(new ResponseWriter.Row(questionId, Answers.encode(answer), AttemptGrader.decimal(question.points(), 4),
                    graded == null ? null : AttemptGrader.decimal(graded.points(), 4),
                    graded == null ? null : graded.correct()));
            answered += Answers.isAnswered(answer) ? 1 : 0;
        }
        return new Posted(rows, answered);
    }

    /** Refuses a save to a missing or submitted attempt, and to one past its grace period after submitting it. */
    private void refuseUnlessOpen(long attemptId, ResponseWriter.SaveOutcome outcome, Instant now) {
        if (outcome.status() == null) {
            throw new AttemptProblem(AttemptProblem.Reason.NOT_FOUND);
        }
        if (outcome.status() == AttemptStatus.SUBMITTED) {
            throw new AttemptProblem(outcome.autoSubmitted() ? AttemptProblem.Reason.TIME_UP : AttemptProblem.Reason.ALREADY_SUBMITTED);
        }
        if (outcome.overdue()) {
            QuarkusTransaction.requiringNew().run(() -> submit(attemptId, true, now));
            throw new AttemptProblem(AttemptProblem.Reason.TIME_UP);
        }
    }

    /**
     * Submits and grades the attempt if it is still in progress; returns whether this call did it.
     *
     * <p>The state change is one conditional UPDATE, so double clicks, two tabs, a resent form, the deadline
     * job and another app instance racing each other produce exactly one graded submission: the database
     * row lock makes the others wait, and they then match no row. Grading runs in the same transaction, so
     * the attempt is never seen submitted but ungraded.
     */
    @Transactional
    public boolean submit(long attemptId, boolean automatic, Instant now) {
        int changed = em.createQuery("update Attempt a set a.status = :submitted, a.submittedAt = :now, "
                + "a.autoSubmitted = :automatic where a.id = :id and a.status = :inProgress")
                .setParameter("submitted", AttemptStatus.SUBMITTED)
                .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
                .setParameter("now", now)
                .setParameter("automatic", automatic)
                .setParameter("id", attemptId)
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        // The update did not touch the entity in this persistence context: say what it did instead of re-reading.
        Attempt attempt = em.find(Attempt.class, attemptId);
        attempt.status = AttemptStatus.SUBMITTED;
        attempt.submittedAt = now;
        attempt.autoSubmitted = automatic;
        // Every question's grade in one statement, however many questions the quiz has.
        writer.saveGrades(attempt.id, AttemptGrader.gradeAttempt(attempt, version(attempt), responses(attempt.id)), now);
        submitted.fire(new AttemptSubmitted(attempt.id, attempt.accountId, attempt.quizId, automatic));
        return true;
    }

    /**
     * Stores a student's answers from a live session as a submitted attempt of the quiz, marked with the session,
     * graded by {@link AttemptGrader} like any other over the questions that were played ({@code played}), so
     * results, statistics, the gradebook and exports include it. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attempt recordLive(long accountId, Quiz version, List<Question> played, Map<String, List<String>> answers,
            long liveSessionId, Instant startedAt, Instant finishedAt) {
        Quiz playedQuiz = new Quiz(version.id(), version.path(), version.contentHash(), version.settings(), played);
        Attempt attempt = new Attempt();
        attempt.accountId = accountId;
        attempt.quizId = version.id();
        attempt.contentHash = version.contentHash();
        attempt.seed = 0;
        attempt.status = AttemptStatus.SUBMITTED;
        attempt.startedAt = startedAt;
        attempt.submittedAt = finishedAt;
        attempt.maxPoints = AttemptGrader.decimal(playedQuiz.maxPoints(), 3);
        attempt.liveSessionId = liveSessionId;
        attempt.persist();
        Map<String, QuestionResponse> saved = new HashMap<>();
        for (Question question : played) {
            List<String> answer = answers.get(question.id());
            if (answer != null) {
                QuestionResponse response = new QuestionResponse();
                response.questionId = question.id();
                response.answerJson = Answers.encode(answer);
                saved.put(question.id(), response);
            }
        }
        writer.saveGrades(attempt.id, AttemptGrader.gradeAttempt(attempt, playedQuiz, saved), finishedAt);
        submitted.fire(new AttemptSubmitted(attempt.id, attempt.accountId, attempt.quizId, false));
        return attempt;
    }

    /** The student's submit button: their own attempt only. */
    @Transactional
    public void submitByStudent(long attemptId, long accountId, Instant now) {
        Attempt attempt = load(attemptId, accountId, now);
        submit(attempt.id, false, now);
    }

    /**
     * The attempt page's script says its countdown reached zero and its unsaved answers are sent: the attempt is
     * submitted with its saved answers as soon as its deadline has passed, without waiting for the grace period
     * (which is for saves still on their way). Before the deadline nothing changes. Returns the attempt as it is now.
     */
    @Transactional
    public Attempt timeUp(long attemptId, long accountId, Instant now) {
        Attempt attempt = load(attemptId, accountId, now);
        if (!attempt.isSubmitted() && attempt.deadline != null && !now.isBefore(attempt.deadline)) {
            // submit() grades this same managed instance; refreshing it here would drop the unflushed grade.
            submit(attempt.id, true, now);
        }
        return attempt;
    }


    /**
     * Claims one attempt past deadline and grace that is still in progress and submits it, in one transaction;
     * for {@link AttemptDeadlineJob}. {@code for update skip locked} lets every instance run the job at once:
     * each claims attempts no other has locked, so they split the work instead of queueing on the same rows.
     *
     * @param skip attempts this run already failed on, so that one broken attempt is not claimed forever
     * @return the claimed attempt's id, or empty when none is left
     */
    @Transactional
    public Optional<Long> submitNextOverdue(Instant now, Set<Long> skip) {
        List<?> claimed = em.createNativeQuery("select id from attempt where status = ?1 and deadline < ?2"
                + " and id not in (?3) order by deadline limit 1 for update skip locked")
                .setParameter(1, AttemptStatus.IN_PROGRESS.name())
                .setParameter(2, java.sql.Timestamp.from(now.minus(grace())))
                .setParameter(3, skip.isEmpty() ? List.of(-1L) : skip)
                .getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) claimed.get(0)).longValue();
        try {
            submit(id, true, now);
        } catch (RuntimeException e) {
            throw new OverdueFailed(id, e);
        }
        return Optional.of(id);
    }

    /** Submitting a claimed overdue attempt failed; the transaction rolled back. */
    public static class OverdueFailed extends RuntimeException {
        final long attemptId;

        OverdueFailed(long attemptId, RuntimeException cause) {
            super("could not submit overdue attempt " + attemptId, cause);
            this.attemptId = attemptId;
        }
    }

    /** The quiz version the attempt was started on; kept forever by the catalog. */
    public Quiz version(Attempt attempt) {
        return version(attempt.contentHash, attempt.id);
    }

    private Quiz version(String contentHash, long attemptId) {
        return catalog.version(contentHash).orElseThrow(
                () -> new IllegalStateException("quiz version " + contentHash + " of attempt " + attemptId + " is missing"));
    }

    /**
     * When the quiz closes now: the closing time of its newest version, not the one pinned in the attempt's
     * version (see {@link FeedbackPolicy}).
     */
    public OffsetDateTime closesAt(Attempt attempt) {
        OffsetDateTime closes = catalog.current(attempt.quizId).orElseGet(() -> version(attempt)).settings().availableUntil();
        if (closes == null) {
            return null;
        }
        // A student with a later window is still working: "after close" waits for the latest close.
        return accommodations.latestClose(attempt.quizId).filter(later -> later.isAfter(closes.toInstant()))
                .map(later -> later.atZone(closes.getOffset()).toOffsetDateTime()).orElse(closes);
    }

    /** The quiz as a student takes it (accommodations applied), for the quiz list and page. */
    public Quiz asTakenBy(long accountId, Quiz quiz) {
        Account student = Account.findById(accountId);
        return student == null ? quiz : accommodations.effective(student, quiz);
    }

    /** The attempt's quiz version in the attempt's own order. */
    AttemptLayout layout(Attempt attempt) {
        return new AttemptLayout(version(attempt), attempt.seed);
    }

    /**
     * The attempt's saved responses by question id, for reading: one plain SELECT of the columns that grading and
     * the pages use, not managed entities (an autosave reads them on every call; hydrating and dirty-checking
     * entities nobody changes is the hot path's largest avoidable cost). Writes go through {@link ResponseWriter}.
     */
    public Map<String, QuestionResponse> responses(long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select question_id, answer_json, score, max_score, correct from question_response where attempt_id = ?1")
                .unwrap(org.hibernate.query.NativeQuery.class)
                // Flush only pending response changes first, not the attempt a submission is grading (one UPDATE).
                .addSynchronizedQuerySpace("question_response")
                .setParameter(1, attemptId).getResultList();
        Map<String, QuestionResponse> byQuestion = new HashMap<>();
        for (Object[] row : rows) {
            QuestionResponse response = readOnly(attemptId, row);
            byQuestion.put(response.questionId, response);
        }
        return byQuestion;
    }

    /** A response from the columns question_id, answer_json, score, max_score, correct (in this order); not managed. */
    static QuestionResponse readOnly(long attemptId, Object[] row) {
        QuestionResponse response = new QuestionResponse();
        response.attemptId = attemptId;
        response.questionId = (String) row[0];
        response.answerJson = (String) row[1];
        response.score = (java.math.BigDecimal) row[2];
        response.maxScore = (java.math.BigDecimal) row[3];
        response.correct = (Boolean) row[4];
        return response;
    }
}
