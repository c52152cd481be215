package dev.quizmark.account;

import jakarta.inject.Inject;
import dev.quizmark.app.QuizmarkConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Every bcrypt hash and check of the app. A bcrypt call takes tens of milliseconds of CPU, so two rules keep
 * an exam-start rush of sign-ins from hurting students already in the exam:
 * <ul>
 * <li>Work that hashes takes a turn first, and at most {@code quizmark.password-hashing.max-concurrent} turns
 * are out at once. A request waits up to {@code max-wait} for one, then gets {@link BusyException}, shown as a
 * "busy, try again" page: under a rush the surplus is turned away before it has touched the database.</li>
 * <li>No hash runs inside a database transaction, where it would hold a pooled connection for its whole
 * duration; {@link Turn} refuses to.</li>
 * </ul>
 */
@ApplicationScoped
public class PasswordHasher {

    /** Compared against when there is no account, so that unknown usernames cost as much time as known ones. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("quizmark-no-such-account");

    /** Too many hashes are running; nothing was checked or changed. */
    public static class BusyException extends RuntimeException {
        private final Duration retryAfter;

        BusyException(Duration retryAfter) {
            super("password hashing is saturated; retry after " + retryAfter);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The hashing a holder of a turn may do, outside any transaction. */
    public static final class Turn {

        private Turn() {
        }

        public String hash(String password) {
            requireNoTransaction();
            return BcryptUtil.bcryptHash(password);
        }

        /** Whether the password matches the hash; a null hash (no such account) costs the same time and is false. */
        public boolean matches(String password, String hash) {
            requireNoTransaction();
            boolean matches = BcryptUtil.matches(password, hash == null ? NO_ACCOUNT_HASH : hash);
            return hash != null && matches;
        }

        private static void requireNoTransaction() {
            if (QuarkusTransaction.isActive()) {
                throw new IllegalStateException("bcrypt must not run inside a transaction: it would hold a pooled connection");
            }
        }
    }

    @Inject
    QuizmarkConfig config;

    private Semaphore turns;

    @PostConstruct
    void init() {
        turns = new Semaphore(config.passwordHashing().maxConcurrent(), true);
    }

    /**
     * Runs {@code work} holding a turn: the short reads a password check needs, then the hash itself.
     *
     * @throws BusyException when no turn came within the configured wait; {@code work} did not run
     */
    public <T> T withTurn(Function<Turn, T> work) {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(config.passwordHashing().maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException(config.passwordHashing().retryAfter());
        }
        try {
            return work.apply(new Turn());
        } finally {
            turns.release();
        }
    }

    /** Hashes a new password in a turn of its own. */
    public String hash(String password) {
        return withTurn(turn -> turn.hash(password));
    }
}
