package dev.quizmark.attempt;

import dev.quizmark.app.Formats;
import dev.quizmark.quiz.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The submit confirmation: which questions are still unanswered and which the student flagged for review (each
 * linked to its page), and the time left.
 */
public record ConfirmView(long attemptId, String quizTitle, List<Unanswered> unanswered, List<Unanswered> flagged, int total,
        String timeLeft) {

    /** A question to look at again: its number as shown, its page and id. */
    public record Unanswered(int number, int page, String id) {
    }

    static ConfirmView build(Attempt attempt, AttemptLayout layout, Map<String, QuestionResponse> saved, Set<String> flags,
            Instant now) {
        List<Question> ordered = layout.questions();
        List<Unanswered> unanswered = new ArrayList<>();
        List<Unanswered> flagged = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            QuestionResponse response = saved.get(ordered.get(i).id());
            Unanswered question = new Unanswered(i + 1, layout.pageOf(i), ordered.get(i).id());
            if (response == null || !Answers.isAnswered(response.answer())) {
                unanswered.add(question);
            }
            if (flags.contains(question.id())) {
                flagged.add(question);
            }
        }
        String timeLeft = attempt.timeLeft(now).map(Formats::clock).orElse(null);
        return new ConfirmView(attempt.id, layout.quiz().title(), unanswered, flagged, ordered.size(), timeLeft);
    }
}
