package dev.quizmark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Makes sure the test database exists on a real PostgreSQL server before the app boots. It connects to the
 * maintenance database and creates only the test database, leaving every other database alone.
 * Settings: QUIZMARK_TEST_DB_HOST, _PORT, _USER, _PASSWORD, _NAME (defaults localhost, 5432, postgres, "",
 * quizmark_test).
 *
 * <p>When nothing listens at the test host and port, it starts PostgreSQL from Maven Central's embedded
 * binaries instead, so {@code ./mvnw verify} needs no database installed. CI sets up a real server, so
 * there the tests always run against the machine's PostgreSQL.
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(PostgresTestDatabase.class);

    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String host = env("QUIZMARK_TEST_DB_HOST", "localhost");
        int port = Integer.parseInt(env("QUIZMARK_TEST_DB_PORT", "5432"));
        String name = env("QUIZMARK_TEST_DB_NAME", "quizmark_test");
        if (listens(host, port)) {
            createIfMissing("jdbc:postgresql://" + host + ":" + port + "/postgres",
                    env("QUIZMARK_TEST_DB_USER", "postgres"), env("QUIZMARK_TEST_DB_PASSWORD", ""), name);
            return Map.of();
        }
        return startEmbedded(host, port, name);
    }

    private Map<String, String> startEmbedded(String host, int port, String name) {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("No PostgreSQL answers at " + host + ":" + port + ", and the embedded"
                    + " PostgreSQL cannot run as root (initdb refuses): start a PostgreSQL server or run the tests"
                    + " as an ordinary user (see README, Tests)");
        }
        LOG.infof("No PostgreSQL at %s:%d: starting an embedded PostgreSQL for the tests", host, port);
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
        String url = embedded.getJdbcUrl("postgres", name);
        createIfMissing(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", name);
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    private static boolean listens(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createIfMissing(String maintenanceUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL at " + maintenanceUrl + " (see README, Tests): "
                    + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("Could not stop the embedded PostgreSQL", e);
            }
        }
    }
}
