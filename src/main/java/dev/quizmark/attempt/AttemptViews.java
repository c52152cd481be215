package dev.quizmark.attempt;

import dev.quizmark.account.Account;
import dev.quizmark.account.CurrentAccount;
import dev.quizmark.app.Formats;
import dev.quizmark.instructor.ClassAverage;
import dev.quizmark.question.QuestionMessages;
import dev.quizmark.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** The pages of one attempt as the signed-in student sees them, in their language. */
@ApplicationScoped
class AttemptViews {

    @Inject
    AttemptService attempts;

    @Inject
    CurrentAccount me;

    @Inject
    QuestionFlags flags;

    @Inject
    dev.quizmark.quiz.QuizCatalog catalog;

    @Inject
    dev.quizmark.quiz.ReadingLibrary readings;

    @Inject
    ClassAverage classAverage;

    /** @param cutQuestion the question whose typed answer the last save cut short, or null */
    AttemptPageView page(Attempt attempt, int page, boolean savedNotice, String cutQuestion, Instant now) {
        QuestionFlags.Marks marks = flags.responsesAndFlags(attempt.id);
        AttemptLayout layout = attempts.layout(attempt);
        return AttemptPageView.build(attempt, layout, marks.responses(), page,
                me.messages(QuestionMessages.class), now, attempts.grace(), savedNotice, cutQuestion, marks.flagged(),
                AttemptPageView.readings(layout.quiz(), readings));
    }

    ConfirmView confirm(Attempt attempt, Instant now) {
        return ConfirmView.build(attempt, attempts.layout(attempt), attempts.responses(attempt.id), flags.of(attempt.id), now);
    }

    /** A student's result page as an instructor sees it: what the student sees, with the student's name. */
    ReviewView reviewForInstructor(Attempt attempt, Account student, Instant now) {
        return result(attempt, now).seenByInstructor(student.displayName + " (" + student.username + ")");
    }

    /**
     * The student's own result page: "try again" when the quiz (as this student has it, with accommodations) is
     * open, not deleted and has attempts left.
     */
    ReviewView review(Attempt attempt, Instant now) {
        Optional<Quiz> asTaken = catalog.current(attempt.quizId).map(quiz -> attempts.asTakenBy(attempt.accountId, quiz));
        boolean canRetry = asTaken
                .map(quiz -> QuizCard.of(quiz, Attempt.ofStudent(attempt.accountId, attempt.quizId),
                        catalog.isDeleted(attempt.quizId), now))
                .map(card -> card.canStart() && card.inProgressId() == null).orElse(false);
        String average = asTaken.flatMap(quiz -> classAverage.of(quiz, now))
                .map(stats -> me.messages(AttemptMessages.class).classAverage(Formats.percent(stats.mean()), stats.count()))
                .orElse(null);
        return result(attempt, now).withRetry(canRetry).withClassAverage(average);
    }

    private ReviewView result(Attempt attempt, Instant now) {
        AttemptLayout layout = attempts.layout(attempt);
        return ReviewView.build(attempt, layout, attempts.responses(attempt.id), attempts.closesAt(attempt),
                me.messages(AttemptMessages.class), me.messages(QuestionMessages.class), now,
                AttemptPageView.titles(AttemptPageView.readings(layout.quiz(), readings)));
    }
}
