package dev.quizmark.attempt;

import dev.quizmark.quiz.QuizSettings;
import dev.quizmark.quiz.QuizSettings.Feedback;
import java.time.Instant;

/**
 * When a student may see answers, feedback, explanations and quotes (the quiz's {@code feedback} setting): the
 * one place that opens a review, so the attempt page, the result page and the reading page agree.
 */
final class FeedbackPolicy {

    private FeedbackPolicy() {
    }

    /** Whether the per-question review of a submitted attempt is open. */
    static boolean reviewOpen(Attempt attempt, QuizSettings settings, Instant now) {
        if (!attempt.isSubmitted()) {
            return false;
        }
        return switch (settings.feedback()) {
            case IMMEDIATE, AFTER_SUBMIT -> true;
            case AFTER_CLOSE -> settings.availableUntil() != null && !now.isBefore(settings.availableUntil().toInstant());
            case NEVER -> false;
        };
    }

    /** Per question: the review is open, or this immediate-feedback question was checked (graded) already. */
    static boolean questionReviewOpen(Attempt attempt, QuizSettings settings, QuestionResponse response, Instant now) {
        if (reviewOpen(attempt, settings, now)) {
            return true;
        }
        return gradesOnCheck(settings) && !attempt.isSubmitted() && response != null && response.isGraded();
    }

    /** Immediate feedback: a question is graded (and locked) when the student checks it. */
    static boolean gradesOnCheck(QuizSettings settings) {
        return settings.feedback() == Feedback.IMMEDIATE;
    }
}
