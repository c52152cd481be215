package dev.quizmark.app;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that is away (stopped, restarting, refusing connections, pool exhausted) from other failures.
 * Only those get the "saved answers are safe, try again" 503; anything else stays a 500, a bug to look at.
 */
public final class DatabaseOutage {

    /** PostgreSQL states that mean "not now": admin shutdown, crash shutdown, cannot connect now, too many connections. */
    private static final Set<String> NOT_NOW = Set.of("57P01", "57P02", "57P03", "53300");

    /** Hibernate's message when it could not get a connection from the pool (Agroal refused or timed out). */
    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || NOT_NOW.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getMessage() != null && (t.getMessage().startsWith(NO_CONNECTION)
                    || t.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
