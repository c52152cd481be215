package dev.quizmark.attempt;

import dev.quizmark.app.Formats;
import dev.quizmark.quiz.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The submit confirmation: which questions are still unanswered (linked to their page), and the time left. */
public record ConfirmView(long attemptId, String quizTitle, List<Unanswered> unanswered, int total, String timeLeft) {

    /** An unanswered question: its number as shown, its page and id. */
    public record Unanswered(int number, int page, String id) {
    }

    static ConfirmView build(Attempt attempt, AttemptLayout layout, Map<String, QuestionResponse> saved, Instant now) {
        List<Question> ordered = layout.questions();
        List<Unanswered> unanswered = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            QuestionResponse response = saved.get(ordered.get(i).id());
            if (response == null || !Answers.isAnswered(response.answer())) {
                unanswered.add(new Unanswered(i + 1, layout.pageOf(i), ordered.get(i).id()));
            }
        }
        String timeLeft = attempt.timeLeft(now).map(Formats::clock).orElse(null);
        return new ConfirmView(attempt.id, layout.quiz().title(), unanswered, ordered.size(), timeLeft);
    }
}
