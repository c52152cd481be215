package dev.quizmark.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts graded submissions per attempt, so tests can prove "exactly once". */
@ApplicationScoped
public class SubmissionCounter {

    private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();

    void onSubmitted(@Observes AttemptSubmitted event) {
        counts.computeIfAbsent(event.attemptId(), id -> new AtomicInteger()).incrementAndGet();
    }

    public int count(long attemptId) {
        AtomicInteger count = counts.get(attemptId);
        return count == null ? 0 : count.get();
    }
}
