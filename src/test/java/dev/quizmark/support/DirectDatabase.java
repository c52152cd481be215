package dev.quizmark.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * JDBC connections to the test database that bypass the app's pool: what another instance, an operator or a
 * restarting server does behind the app's back.
 */
public final class DirectDatabase {

    private DirectDatabase() {
    }

    /** A connection to the app's own database. */
    public static Connection open() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** A connection to the same server's maintenance database, for statements about the app's database itself. */
    public static Connection openMaintenance() throws SQLException {
        String url = url();
        return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user(), password());
    }

    /** The name of the app's database. */
    public static String name() {
        String url = url();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    /** The app's JDBC URL, user and password, for code under test that opens its own connections. */
    public static String url() {
        return config().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    public static String user() {
        return config().getValue("quarkus.datasource.username", String.class);
    }

    public static String password() {
        return config().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
