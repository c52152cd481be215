package dev.quizmark.account;

import dev.quizmark.app.QuizmarkConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Roster imports as background jobs (issue 14): the upload is checked at once (all rows or none, every problem
 * with its line), then a job hashes the one-time passwords in parallel through {@link PasswordHasher} (taking
 * turns like sign-ins, so an import never starves a sign-in rush) while the progress page shows how far it got,
 * and finally creates every account in one transaction. The passwords wait, sealed by
 * {@link OneTimePasswordVault}, in roster_import_password until the instructor downloads them as CSV; the
 * download deletes them. Progress and passwords live in the database, so behind a load balancer any instance
 * serves the progress page and the download. A job lives in the instance that took the upload: if that instance
 * stops mid-job, the import stays "hashing" and nothing was created; import the roster again.
 */
@ApplicationScoped
public class RosterImports {

    private static final Logger LOG = Logger.getLogger(RosterImports.class);

    /** Status values of roster_import.status. */
    public enum Status { HASHING, DONE, FAILED }

    /** What the progress page shows. */
    public record Progress(long id, Status status, int total, int hashed, int created, boolean passwordsWaiting,
            String failure) {

        public int percent() {
            return total == 0 ? 100 : (int) (100L * hashed / total);
        }

        public boolean running() {
            return status == Status.HASHING;
        }
    }

    /** One line of the passwords CSV. */
    public record IssuedPassword(String username, String displayName, String group, String password) {
    }

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    OneTimePasswordVault vault;

    @Inject
    QuizmarkConfig config;

    private ExecutorService jobs;
    private ExecutorService hashing;

    @PostConstruct
    void init() {
        jobs = Executors.newSingleThreadExecutor(daemon("roster-import"));
        hashing = Executors.newFixedThreadPool(Math.max(1, config.rosterImport().hashingThreads()), daemon("roster-hash"));
    }

    @PreDestroy
    void stop() {
        jobs.shutdownNow();
        hashing.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Starts the job for checked rows; returns the import's id for its progress page. */
    public long start(List<RosterCsvImporter.Row> rows, long instructorId) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long next = ((Number) em.createNativeQuery("select nextval('roster_import_seq')").getSingleResult()).longValue();
            em.createNativeQuery("insert into roster_import (id, started_by, started_at, status, total) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, next).setParameter(2, instructorId).setParameter(3, Timestamp.from(Instant.now()))
                    .setParameter(4, Status.HASHING.name()).setParameter(5, rows.size()).executeUpdate();
            return next;
        });
        jobs.submit(() -> run(id, rows));
        return id;
    }

    private void run(long id, List<RosterCsvImporter.Row> rows) {
        try {
            List<String> passwords = new ArrayList<>();
            List<Future<String>> hashes = new ArrayList<>();
            AtomicInteger hashed = new AtomicInteger();
            for (int i = 0; i < rows.size(); i++) {
                String password = PasswordGenerator.generate();
                passwords.add(password);
                hashes.add(hashing.submit(() -> {
                    String hash = hashTakingTurns(password);
                    int done = hashed.incrementAndGet();
                    if (done % 25 == 0) {
                        recordHashed(id, done);
                    }
                    return hash;
                }));
            }
            List<String> hashValues = new ArrayList<>();
            for (Future<String> hash : hashes) {
                hashValues.add(hash.get());
            }
            recordHashed(id, rows.size());
            create(id, rows, passwords, hashValues);
        } catch (Exception e) {
            LOG.errorf(e, "Roster import %d failed", id);
            finish(id, Status.FAILED, 0, e instanceof UsernamesTaken taken ? taken.getMessage() : "error");
        }
    }

    /** Waits for a turn as long as it takes: sign-ins get their turns in between (the semaphore is fair). */
    private String hashTakingTurns(String password) {
        while (true) {
            try {
                return hasher.hash(password);
            } catch (PasswordHasher.BusyException busy) {
                LOG.debugf("Roster import waits for a hashing turn");
            }
        }
    }

    private static final class UsernamesTaken extends RuntimeException {
        UsernamesTaken(List<String> usernames) {
            super("taken: " + String.join(", ", usernames));
        }
    }

    /** All accounts and their sealed passwords in one transaction (JDBC batches), or none. */
    private void create(long id, List<RosterCsvImporter.Row> rows, List<String> passwords, List<String> hashes) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<String> usernames = rows.stream().map(RosterCsvImporter.Row::username).toList();
            List<String> taken = em.createQuery("select a.username from Account a where a.username in :usernames", String.class)
                    .setParameter("usernames", usernames).getResultList();
            if (!taken.isEmpty()) {
                throw new UsernamesTaken(taken);
            }
            for (int i = 0; i < rows.size(); i++) {
                RosterCsvImporter.Row row = rows.get(i);
                AccountAdmin.persistStudent(row.username(), row.displayName(), row.studentNumber(), row.group(),
                        row.email(), hashes.get(i), true);
            }
            em.flush();
            em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                try (var insert = connection.prepareStatement("insert into roster_import_password"
                        + " (import_id, line, username, display_name, group_name, password_sealed) values (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < rows.size(); i++) {
                        RosterCsvImporter.Row row = rows.get(i);
                        insert.setLong(1, id);
                        insert.setInt(2, row.line());
                        insert.setString(3, row.username());
                        insert.setString(4, row.displayName());
                        insert.setString(5, row.group());
                        insert.setString(6, vault.seal(passwords.get(i)));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
            em.createNativeQuery("update roster_import set status = ?1, created = ?2, finished_at = ?3 where id = ?4")
                    .setParameter(1, Status.DONE.name()).setParameter(2, rows.size())
                    .setParameter(3, Timestamp.from(Instant.now())).setParameter(4, id).executeUpdate();
        });
    }

    private void recordHashed(long id, int hashed) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update roster_import set hashed = greatest(hashed, ?1) where id = ?2")
                .setParameter(1, hashed).setParameter(2, id).executeUpdate());
    }

    private void finish(long id, Status status, int created, String failure) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update roster_import set status = ?1, created = ?2, failure = ?3, finished_at = ?4 where id = ?5")
                .setParameter(1, status.name()).setParameter(2, created).setParameter(3, failure)
                .setParameter(4, Timestamp.from(Instant.now())).setParameter(5, id).executeUpdate());
    }

    public Optional<Progress> progress(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select status, total, hashed, created, failure,"
                    + " (select count(*) from roster_import_password p where p.import_id = i.id)"
                    + " from roster_import i where id = ?1").setParameter(1, id).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = (Object[]) rows.get(0);
            return Optional.of(new Progress(id, Status.valueOf((String) row[0]), ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[5]).longValue() > 0,
                    (String) row[4]));
        });
    }

    /**
     * The import's one-time passwords in roster order, deleted from the database in the same transaction: they
     * are handed out once. Empty when already downloaded (or none can be opened with this instance's key).
     */
    public List<IssuedPassword> takePasswords(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select username, display_name, group_name, password_sealed"
                    + " from roster_import_password where import_id = ?1 order by line for update").setParameter(1, id)
                    .getResultList();
            List<IssuedPassword> issued = new ArrayList<>();
            for (Object[] row : rows) {
                Optional<String> password = vault.open((String) row[3]);
                if (password.isEmpty()) {
                    return List.<IssuedPassword>of();
                }
                issued.add(new IssuedPassword((String) row[0], (String) row[1], (String) row[2], password.get()));
            }
            em.createNativeQuery("delete from roster_import_password where import_id = ?1").setParameter(1, id).executeUpdate();
            return issued;
        });
    }
}
