package dev.quizmark.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * What an autosave needs to read the posted answer before it writes: who owns the attempt, which quiz version
 * it was started on and its seed (the choice order). None of these ever changes once the attempt exists, so
 * they are kept in memory, the most recently used few thousand of them, and an exam's saves skip that read
 * (issue 14). Whether the attempt still takes answers (status, deadline) changes, and is checked by the save's
 * own statement ({@link ResponseWriter#saveIfOpen}).
 */
@ApplicationScoped
class StartedAttempts {

    /** The attempt's fixed facts. */
    record StartedAttempt(long accountId, String contentHash, long seed) {
    }

    /** Enough for the largest class taking a quiz together on one instance, a few hundred kilobytes at most. */
    private static final int REMEMBERED = 10_000;

    @Inject
    SessionFactory sessionFactory;

    private final Map<Long, StartedAttempt> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StartedAttempt> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The attempt, read once per instance while it is remembered; empty if there is no such attempt. */
    Optional<StartedAttempt> find(long attemptId) {
        synchronized (recent) {
            StartedAttempt known = recent.get(attemptId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<StartedAttempt> read = read(attemptId);
        read.ifPresent(found -> {
            synchronized (recent) {
                recent.put(attemptId, found);
            }
        });
        return read;
    }

    /** One autocommitted SELECT in a stateless session, like the session check's account read. */
    private Optional<StartedAttempt> read(long attemptId) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            List<?> rows = session.createNativeQuery(
                    "select account_id, content_hash, seed from attempt where id = ?1", Object[].class)
                    .setParameter(1, attemptId).getResultList();
            return rows.stream().map(Object[].class::cast).findFirst().map(row -> new StartedAttempt(
                    ((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue()));
        }
    }
}
