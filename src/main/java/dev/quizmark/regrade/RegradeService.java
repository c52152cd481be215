package dev.quizmark.regrade;

import dev.quizmark.account.Account;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.AttemptGrader.QuestionGrade;
import dev.quizmark.attempt.AttemptGrader;
import dev.quizmark.attempt.AttemptStatus;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.audit.AuditEntry;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.regrade.RegradePlan.AttemptChange;
import dev.quizmark.regrade.RegradePlan.QuestionChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Regrading after an answer-key fix. Attempts stay pinned to the version they were started on (their questions,
 * order and layout); regrading scores their stored responses with the current file's questions of the same id —
 * fraction × the current points — and leaves questions the current file no longer has as they were. Only
 * submitted attempts not yet graded against the current file are looked at. The dry run changes nothing; applying
 * writes every change, the attempt's new totals and one {@link Regrade} in one transaction.
 */
@ApplicationScoped
public class RegradeService {

    /** The dry run: what {@link #apply} would change now. */
    @Transactional
    public RegradePlan dryRun(Quiz current) {
        return plan(current, pending(current, false));
    }

    /**
     * Applies the regrade against {@code current}. The pending attempts are locked first, so two instructors applying
     * at once regrade each attempt once (the second finds nothing left).
     */
    @Inject
    Event<AttemptRegraded> regraded;

    @Transactional
    public Optional<Regrade> apply(Quiz current, long actorId) {
        List<Attempt> attempts = pending(current, true);
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        RegradePlan plan = plan(current, attempts);
        Instant now = Instant.now();
        Regrade regrade = new Regrade();
        regrade.quizId = current.id();
        regrade.toHash = current.contentHash();
        regrade.performedBy = actorId;
        regrade.performedAt = now;
        regrade.attempts = plan.changes().size();
        regrade.persist();
        for (Attempt attempt : attempts) {
            attempt.gradedHash = current.contentHash();
        }
        for (AttemptChange change : plan.changes()) {
            Attempt attempt = Attempt.findById(change.attemptId());
            for (QuestionResponse response : QuestionResponse.ofAttempt(attempt.id)) {
                Optional<Question> question = current.question(response.questionId);
                if (question.isPresent()) {
                    QuestionGrade grade = AttemptGrader.grade(question.get(), response.answer());
                    response.score = AttemptGrader.decimal(grade.points(), 4);
                    response.maxScore = AttemptGrader.decimal(question.get().points(), 4);
                    response.correct = grade.correct();
                }
            }
            for (QuestionChange q : change.questions()) {
                RegradeChange row = new RegradeChange();
                row.regradeId = regrade.id;
                row.attemptId = attempt.id;
                row.questionId = q.questionId();
                row.oldScore = q.oldScore();
                row.newScore = q.newScore();
                row.oldTotal = change.oldPoints();
                row.newTotal = change.newPoints();
                row.persist();
            }
            attempt.scorePoints = change.newPoints();
            attempt.maxPoints = change.newMax();
            attempt.scorePercent = change.newPercent();
            attempt.passed = change.newPassed();
            attempt.regradedAt = now;
            regraded.fire(new AttemptRegraded(attempt.id, attempt.accountId, attempt.quizId));
            AuditEntry.record(actorId, "REGRADE", attempt.accountId, attempt.id, "quiz " + current.id() + " → version "
                    + current.contentHash().substring(0, 12) + ": " + change.oldPoints().stripTrailingZeros().toPlainString()
                    + " → " + change.newPoints().stripTrailingZeros().toPlainString());
        }
        return Optional.of(regrade);
    }

    /** Submitted attempts of the quiz last graded against another version than the current one. */
    private static List<Attempt> pending(Quiz current, boolean lock) {
        var query = Attempt.<Attempt>find("quizId = ?1 and status = ?2 and coalesce(gradedHash, contentHash) <> ?3"
                + " order by id", current.id(), AttemptStatus.SUBMITTED, current.contentHash());
        return lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE).list() : query.list();
    }

    private static RegradePlan plan(Quiz current, List<Attempt> attempts) {
        List<AttemptChange> changes = new ArrayList<>();
        for (Attempt attempt : attempts) {
            List<QuestionChange> questions = new ArrayList<>();
            BigDecimal points = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            boolean maxChanged = false;
            for (QuestionResponse response : QuestionResponse.ofAttempt(attempt.id)) {
                BigDecimal oldScore = response.score == null ? BigDecimal.ZERO : response.score;
                Optional<Question> question = current.question(response.questionId);
                if (question.isEmpty()) {
                    points = points.add(oldScore);
                    max = max.add(response.maxScore);
                    continue;
                }
                QuestionGrade grade = AttemptGrader.grade(question.get(), response.answer());
                BigDecimal newScore = AttemptGrader.decimal(grade.points(), 4);
                BigDecimal newMax = AttemptGrader.decimal(question.get().points(), 4);
                if (newScore.compareTo(oldScore) != 0 || newMax.compareTo(response.maxScore) != 0) {
                    questions.add(new QuestionChange(response.questionId, question.get().title(), oldScore, newScore, newMax));
                    maxChanged |= newMax.compareTo(response.maxScore) != 0;
                }
                points = points.add(newScore);
                max = max.add(newMax);
            }
            if (questions.isEmpty() && !maxChanged) {
                continue;
            }
            double percent = max.signum() > 0 ? points.doubleValue() / max.doubleValue() * 100 : 0;
            Account student = Account.findById(attempt.accountId);
            changes.add(new AttemptChange(attempt.id, attempt.accountId, student.username, student.displayName,
                    attempt.contentHash, attempt.scorePoints, AttemptGrader.decimal(points.doubleValue(), 3), attempt.maxPoints,
                    AttemptGrader.decimal(max.doubleValue(), 3), attempt.scorePercent, AttemptGrader.decimal(percent, 2),
                    attempt.passed, percent + 1e-9 >= current.settings().passMark(), List.copyOf(questions)));
        }
        return new RegradePlan(current, attempts.size(), List.copyOf(changes));
    }
}
