package dev.quizmark.instructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The expensive part of a quiz's results (its overview statistics over one graded result per student, and the
 * item statistics over every response) computed once per quiz, filter and state of its attempts, not on every
 * view: with 20,000 attempts and 240,000 responses that is seconds of work and hundreds of megabytes (issue 14).
 *
 * <p>An entry holds the {@link Fingerprint} of the attempts it was computed from: how many there are, how many are
 * submitted and the newest id, read with one aggregate query per view. Starting or grading an attempt (on any
 * instance) changes the fingerprint, so the next view recomputes: the cache is invalidated exactly when an
 * attempt is started or graded, and never serves figures older than the database. Bounded, least recently used
 * out first.
 */
@ApplicationScoped
class ResultsCache {

    /** What the cached figures were computed from. */
    record Fingerprint(long attempts, long submitted, long newestId) {
    }

    private record Entry(Fingerprint fingerprint, Object value) {
    }

    private static final int MAX_ENTRIES = 64;

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The value for {@code key} computed from attempts in state {@code fingerprint}, computing it if needed. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Fingerprint fingerprint, Supplier<T> compute) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.fingerprint().equals(fingerprint)) {
                return (T) entry.value();
            }
        }
        // Computed outside the lock: two views racing both compute, which is harmless; one view never waits on
        // another quiz's computation.
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(fingerprint, value));
        }
        return value;
    }
}
