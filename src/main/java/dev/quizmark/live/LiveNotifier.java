package dev.quizmark.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Announces a live session's new sequence: to every instance with PostgreSQL's NOTIFY, sent in the changing
 * transaction so it is delivered exactly when (and only if) the change commits; and to this instance's own streams
 * after the commit. On H2 (the quick start, one instance) only the latter.
 */
@ApplicationScoped
public class LiveNotifier {

    /** The channel every instance LISTENs on; payload {@code <session id>:<sequence>}. */
    public static final String CHANNEL = "quizmark_live";

    @Inject
    EntityManager em;

    @Inject
    LiveBus bus;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    boolean postgres() {
        return "postgresql".equals(dbKind);
    }

    void notifyInstances(@Observes LiveChanged change) {
        if (postgres()) {
            em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                    .setParameter(2, change.sessionId() + ":" + change.sequence()).getSingleResult();
        }
    }

    void pushHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged change) {
        bus.changed(change.sessionId(), change.sequence());
    }

    /** Reads a payload; null when it is not one of ours. */
    static long[] parse(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        if (colon < 1) {
            return null;
        }
        try {
            return new long[] {Long.parseLong(payload.substring(0, colon)), Long.parseLong(payload.substring(colon + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
