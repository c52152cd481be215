package dev.quizmark.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * This instance's open event streams of live sessions, and what keeps them current:
 * <ul>
 * <li>a change committed here or announced by another instance (PostgreSQL NOTIFY, {@link LiveListener}) is pushed
 * to every stream of the session, once per sequence (the local commit and its own NOTIFY make one push), rendered
 * for each host or player; a phone's stage is its own header line plus a body shared by every phone in the same
 * position, rendered once per push;</li>
 * <li>a one-second tick closes questions past their deadline (on any instance, once) and refreshes the hosts'
 * roster and answer counts, coalesced: joins and answers never raise the sequence, so 500 phones answering
 * cause at most one host update per second, not 500 pushes to everyone;</li>
 * <li>a slow poll compares the sequences of the sessions streamed here with the database, in case a notification
 * was lost (a dropped listening connection);</li>
 * <li>heartbeats keep idle streams from being cut by proxies.</li>
 * </ul>
 */
@ApplicationScoped
public class LiveBus {

    private static final Logger LOG = Logger.getLogger(LiveBus.class);
    /** The browser's wait before it reconnects a dropped stream. */
    static final long RETRY_MS = 2000;

    /** One open stream: the host's projector (player null) or one player's phone. */
    static final class Stream {
        final long sessionId;
        final Long playerId;
        final String joinBase;
        final String language;
        final SseEventSink sink;
        final Sse sse;
        /** The sequence of the last stage sent on this stream. */
        volatile long sent;

        Stream(long sessionId, Long playerId, String joinBase, String language, SseEventSink sink, Sse sse) {
            this.sessionId = sessionId;
            this.playerId = playerId;
            this.joinBase = joinBase;
            this.language = language;
            this.sink = sink;
            this.sse = sse;
        }

        boolean isHost() {
            return playerId == null;
        }
    }

    @Inject
    LiveViews views;

    @Inject
    LiveService live;

    @Inject
    EntityManager em;

    private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();
    /**
     * The newest sequence a push has been started for, per session: that push's snapshot is read after the claim,
     * so it carries this sequence or a newer one, and a second announcement of the same change pushes nothing.
     */
    private final Map<Long, Long> claimed = new ConcurrentHashMap<>();
    /** What the hosts last saw of roster and answers, per session. */
    private final Map<Long, String> hostDigest = new ConcurrentHashMap<>();
    /** Pushes run off the request and listener threads, one session at a time per thread. */
    private final ExecutorService pushes = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "live-push");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    /** Opens a stream: its first event is a full snapshot of the session for that viewer. */
    void open(Stream stream) {
        Optional<LiveSnapshot> snap = views.snapshot(stream.sessionId);
        if (snap.isEmpty()) {
            stream.sink.close();
            return;
        }
        streams.computeIfAbsent(stream.sessionId, id -> ConcurrentHashMap.newKeySet()).add(stream);
        send(stream, snap.get(), new HashMap<>());
    }

    /** A session reached {@code sequence} (here or on another instance): push it unless a push already covers it. */
    public void changed(long sessionId, long sequence) {
        if (!streams.containsKey(sessionId) || claimed.getOrDefault(sessionId, 0L) >= sequence) {
            return;
        }
        claimed.merge(sessionId, sequence, Math::max);
        if (queued.add(sessionId)) {
            pushes.submit(() -> {
                queued.remove(sessionId);
                push(sessionId, stream -> true);
            });
        }
    }

    private void push(long sessionId, Predicate<Stream> which) {
        Set<Stream> open = streams.get(sessionId);
        if (open == null || open.isEmpty()) {
            return;
        }
        try {
            Optional<LiveSnapshot> snap = views.snapshot(sessionId);
            if (snap.isEmpty()) {
                return;
            }
            Map<PhoneView, String> bodies = new HashMap<>();
            for (Stream stream : open) {
                if (which.test(stream) && stream.sent < snap.get().session().sequence) {
                    send(stream, snap.get(), bodies);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "live session %d: push failed", sessionId);
        }
    }

    /** Sends the stage; {@code bodies} holds the phone bodies already rendered from this snapshot. */
    private void send(Stream stream, LiveSnapshot snap, Map<PhoneView, String> bodies) {
        if (stream.sink.isClosed()) {
            drop(stream);
            return;
        }
        String html;
        if (stream.isHost()) {
            html = LivePages.Templates.host$stage(views.host(snap, stream.joinBase, "", stream.language))
                    .setLocale(stream.language).render();
        } else {
            PhoneView view = views.phone(snap, stream.playerId, "");
            html = LivePages.Templates.phone$meta(view).setLocale(stream.language).render() + bodies.computeIfAbsent(
                    view.bodyKey(), key -> LivePages.Templates.phone$body(key).setLocale(stream.language).render());
        }
        OutboundSseEvent event = stream.sse.newEventBuilder().name("stage").id(String.valueOf(snap.session().sequence))
                .reconnectDelay(RETRY_MS).data(html).build();
        stream.sent = snap.session().sequence;
        write(stream, event);
        if (stream.isHost()) {
            hostDigest.put(stream.sessionId, digest(snap));
        }
    }

    private void write(Stream stream, OutboundSseEvent event) {
        synchronized (stream) {
            try {
                stream.sink.send(event).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        drop(stream);
                    }
                });
            } catch (RuntimeException e) {
                drop(stream);
            }
        }
    }

    private void drop(Stream stream) {
        Set<Stream> open = streams.get(stream.sessionId);
        if (open != null) {
            open.remove(stream);
            if (open.isEmpty() && streams.remove(stream.sessionId, open)) {
                claimed.remove(stream.sessionId);
                hostDigest.remove(stream.sessionId);
            }
        }
        try {
            stream.sink.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    /** Roster and answer count: what the host's page shows that changes without a new sequence. */
    private static String digest(LiveSnapshot snap) {
        return snap.players().size() + ":" + snap.players().stream().mapToLong(p -> p.id).sum() + ":"
                + snap.answersToCurrent().size();
    }

    /** Closes overdue questions and refreshes hosts whose roster or answer count changed. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Instant now = Instant.now();
        for (Long sessionId : live.overdue(now)) {
            live.closeOverdue(sessionId, now);
        }
        for (Long sessionId : List.copyOf(streams.keySet())) {
            Set<Stream> open = streams.get(sessionId);
            if (open == null || open.stream().noneMatch(Stream::isHost)) {
                continue;
            }
            Optional<LiveSnapshot> snap = views.snapshot(sessionId);
            if (snap.isPresent() && !Objects.equals(hostDigest.get(sessionId), digest(snap.get()))) {
                for (Stream stream : open) {
                    // A host behind the session's sequence gets this stage from the push under way.
                    if (stream.isHost() && stream.sent >= snap.get().session().sequence) {
                        send(stream, snap.get(), Map.of());
                    }
                }
            }
        }
    }

    /** The safety net: sessions streamed here whose sequence moved without a notification reaching us. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void catchUp() {
        List<Long> ids = List.copyOf(streams.keySet());
        if (ids.isEmpty()) {
            return;
        }
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select s.id, s.sequence from LiveSession s where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList());
        for (Object[] row : rows) {
            long sessionId = (Long) row[0];
            long sequence = (Long) row[1];
            Set<Stream> open = streams.getOrDefault(sessionId, Set.of());
            if (open.stream().anyMatch(stream -> stream.sent < sequence)) {
                claimed.remove(sessionId);
                changed(sessionId, sequence);
            }
        }
    }

    @Scheduled(every = "15s")
    void heartbeat() {
        for (Set<Stream> open : streams.values()) {
            for (Stream stream : open) {
                write(stream, stream.sse.newEventBuilder().comment("heartbeat").build());
            }
        }
    }

    /** How many streams of a session are open here (tests, diagnostics). */
    public int streamCount(long sessionId) {
        Set<Stream> open = streams.get(sessionId);
        return open == null ? 0 : open.size();
    }

    void shutdown(@Observes ShutdownEvent event) {
        pushes.shutdownNow();
        streams.values().forEach(open -> open.forEach(stream -> {
            try {
                stream.sink.close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        }));
    }
}
