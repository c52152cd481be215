package dev.quizmark.attempt;

import dev.quizmark.app.Formats;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import java.time.Instant;
import java.util.List;

/**
 * One quiz as one student sees it in the list and on the quiz page.
 *
 * @param status        not-started | in-progress | submitted
 * @param window        open | not-yet | closed
 * @param attemptsLeft  null when unlimited
 * @param bestPercent   best score of submitted attempts, or null
 */
public record QuizCard(String id, String title, int questionCount, String status, Long inProgressId, String timeLeft,
        String bestPercent, Integer attemptsLeft, int attemptsUsed, String opensAt, String closesAt, String window,
        boolean canStart) {

    static QuizCard of(Quiz quiz, List<Attempt> attempts, boolean deleted, Instant now) {
        QuizSettings s = quiz.settings();
        Attempt open = attempts.stream().filter(a -> !a.isSubmitted()).findFirst().orElse(null);
        String best = attempts.stream().filter(a -> a.isSubmitted() && a.scorePercent != null)
                .mapToDouble(a -> a.scorePercent.doubleValue()).max().stream()
                .mapToObj(Formats::percent).findFirst().orElse(null);
        String status = open != null ? "in-progress" : best != null ? "submitted" : "not-started";
        Integer left = s.attempts() == null ? null : Math.max(0, s.attempts() - attempts.size());
        String window = s.availableFrom() != null && now.isBefore(s.availableFrom().toInstant()) ? "not-yet"
                : s.availableUntil() != null && !now.isBefore(s.availableUntil().toInstant()) ? "closed" : "open";
        String timeLeft = open == null ? null : open.timeLeft(now).map(Formats::clock).orElse(null);
        boolean canStart = !deleted && "open".equals(window) && (left == null || left > 0);
        return new QuizCard(quiz.id(), quiz.title(), quiz.questions().size(), status, open == null ? null : open.id,
                timeLeft, best, left, attempts.size(), s.availableFrom() == null ? null : Formats.dateTime(s.availableFrom()),
                s.availableUntil() == null ? null : Formats.dateTime(s.availableUntil()), window, canStart);
    }
}
