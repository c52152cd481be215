package dev.quizmark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Makes sure the test database exists on the real PostgreSQL server before the app boots. It connects to
 * the maintenance database and creates only the test database, leaving every other database alone.
 * Settings: QUIZMARK_TEST_DB_HOST, _PORT, _USER, _PASSWORD, _NAME (defaults localhost, 5432, postgres, "",
 * quizmark_test).
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String host = env("QUIZMARK_TEST_DB_HOST", "localhost");
        String port = env("QUIZMARK_TEST_DB_PORT", "5432");
        String name = env("QUIZMARK_TEST_DB_NAME", "quizmark_test");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("QUIZMARK_TEST_DB_USER", "postgres"),
                env("QUIZMARK_TEST_DB_PASSWORD", ""))) {
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL at " + url + " (see README, Tests): " + e.getMessage(), e);
        }
        return Map.of();
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
    }
}
