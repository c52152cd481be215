package dev.quizmark.attempt;

import dev.quizmark.quiz.QuizSettings;
import dev.quizmark.quiz.QuizSettings.Feedback;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When a student may see answers, feedback, explanations and quotes (the quiz's {@code feedback} setting): the
 * one place that opens a review, so the attempt page, the result page and the reading page agree. An
 * {@code after_close} review follows the quiz's current closing time ({@link AttemptService#closesAt}), not the
 * one pinned in the attempt's version, so extending {@code available_until} shuts it again while classmates answer.
 */
final class FeedbackPolicy {

    private FeedbackPolicy() {
    }

    /** Whether the per-question review of a submitted attempt is open; {@code closesAt} null when it never closes. */
    static boolean reviewOpen(Attempt attempt, Feedback feedback, OffsetDateTime closesAt, Instant now) {
        if (!attempt.isSubmitted()) {
            return false;
        }
        return switch (feedback) {
            case IMMEDIATE, AFTER_SUBMIT -> true;
            case AFTER_CLOSE -> closesAt != null && !now.isBefore(closesAt.toInstant());
            case NEVER -> false;
        };
    }

    /** An immediate-feedback question of an attempt in progress that the student has checked: graded and locked. */
    static boolean checked(Attempt attempt, Feedback feedback, QuestionResponse response) {
        return feedback == Feedback.IMMEDIATE && !attempt.isSubmitted() && response != null && response.isGraded();
    }

    /** Per question: the review is open, or this immediate-feedback question was checked already. */
    static boolean questionReviewOpen(Attempt attempt, Feedback feedback, OffsetDateTime closesAt, QuestionResponse response,
            Instant now) {
        return reviewOpen(attempt, feedback, closesAt, now) || checked(attempt, feedback, response);
    }

    /** Immediate feedback: a question is graded (and locked) when the student checks it. */
    static boolean gradesOnCheck(QuizSettings settings) {
        return settings.feedback() == Feedback.IMMEDIATE;
    }
}
