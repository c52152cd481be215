package dev.quizmark.app;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jboss.logging.Logger;

/**
 * Runs the Flyway migrations at start-up, before any start-up bean that touches the database and before the
 * scheduler starts its jobs (the quiz rescan, the deadline job): the scheduler starts from a start-up observer of
 * priority {@code PLATFORM_BEFORE}, so at the same priority its jobs could query an empty database while the
 * migrations still ran (seen on a first start on H2). Done here rather than with {@code migrate-at-start} so that
 * an unreachable database stops the app at once with a message an operator can act on.
 */
@Startup(DatabaseMigrator.PRIORITY)
@ApplicationScoped
public class DatabaseMigrator {

    /** Before every other start-up observer, the scheduler's included. */
    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE - 1;

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class);

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @PostConstruct
    void migrate() {
        LOG.infof("Database: %s", jdbcUrl);
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("Cannot prepare the database at " + jdbcUrl
                    + ". Is PostgreSQL running and reachable? Set QUARKUS_DATASOURCE_JDBC_URL, "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD. Cause: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
