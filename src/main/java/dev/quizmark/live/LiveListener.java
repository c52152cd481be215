package dev.quizmark.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * This instance's one listening connection (outside the pool, which it would otherwise hold forever): LISTENs on
 * {@link LiveNotifier#CHANNEL} and hands each {@code session:sequence} to the bus. After a lost connection it
 * reconnects and catches up by sequence, since notifications sent meanwhile are gone. Off on H2.
 */
@ApplicationScoped
public class LiveListener {

    private static final Logger LOG = Logger.getLogger(LiveListener.class);

    @Inject
    LiveBus bus;

    @Inject
    LiveNotifier notifier;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private Listening listening;

    void start(@Observes StartupEvent event) {
        if (notifier.postgres()) {
            listening = new Listening(url, username.orElse(null), password.orElse(""), bus::changed, bus::catchUp);
            listening.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (listening != null) {
            listening.stop();
        }
    }

    /**
     * The listening loop on its own thread; {@code onNotification} gets (session id, sequence), {@code onReconnect}
     * runs after every (re)connection. Public for tests that play a second instance.
     */
    public static final class Listening {
        private final String url;
        private final String username;
        private final String password;
        private final BiConsumer<Long, Long> onNotification;
        private final Runnable onReconnect;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile Connection connection;

        public Listening(String url, String username, String password, BiConsumer<Long, Long> onNotification, Runnable onReconnect) {
            this.url = url;
            this.username = username;
            this.password = password;
            this.onNotification = onNotification;
            this.onReconnect = onReconnect;
            this.thread = new Thread(this::run, "live-listen");
            this.thread.setDaemon(true);
        }

        public void start() {
            thread.start();
        }

        public void stop() {
            running = false;
            thread.interrupt();
            closeQuietly();
        }

        private void run() {
            boolean first = true;
            while (running) {
                try {
                    connection = DriverManager.getConnection(url, username, password);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("LISTEN " + LiveNotifier.CHANNEL);
                    }
                    if (!first) {
                        LOG.info("live: listening connection restored, catching up");
                    }
                    first = false;
                    onReconnect.run();
                    PGConnection pg = connection.unwrap(PGConnection.class);
                    while (running) {
                        PGNotification[] notifications = pg.getNotifications(10_000);
                        if (notifications == null || notifications.length == 0) {
                            // Nothing within the timeout: a good moment to check the connection is still there.
                            if (!connection.isValid(2)) {
                                throw new SQLException("listening connection lost");
                            }
                            continue;
                        }
                        for (PGNotification notification : notifications) {
                            long[] change = LiveNotifier.parse(notification.getParameter());
                            if (change != null) {
                                onNotification.accept(change[0], change[1]);
                            }
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    if (running) {
                        LOG.warnf("live: listening connection failed (%s); retrying in 2 s", e.getMessage());
                        closeQuietly();
                        sleep(2000);
                    }
                }
            }
            closeQuietly();
        }

        private void closeQuietly() {
            Connection open = connection;
            if (open != null) {
                try {
                    open.close();
                } catch (SQLException ignored) {
                    // closing a broken connection
                }
            }
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
