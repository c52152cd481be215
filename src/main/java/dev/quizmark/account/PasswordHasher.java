package dev.quizmark.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every bcrypt hash and check of the app. A bcrypt call takes tens of milliseconds of CPU, so two rules keep
 * an exam-start rush of sign-ins from hurting students already in the exam: at most
 * {@code quizmark.password-hashing.max-concurrent} run at once (the rest wait up to {@code max-wait}, then get
 * {@link BusyException}, shown as a "busy, try again" page), and none runs inside a database transaction,
 * where it would hold a pooled connection for its whole duration.
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

    @ConfigProperty(name = "quizmark.password-hashing.max-concurrent")
    int maxConcurrent;

    @ConfigProperty(name = "quizmark.password-hashing.max-wait")
    Duration maxWait;

    @ConfigProperty(name = "quizmark.password-hashing.retry-after")
    Duration retryAfter;

    private Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(maxConcurrent, true);
    }

    public String hash(String password) {
        return bounded(() -> BcryptUtil.bcryptHash(password));
    }

    /** Whether the password matches the hash; a null hash (no such account) costs the same time and is false. */
    public boolean matches(String password, String hash) {
        boolean matches = bounded(() -> BcryptUtil.matches(password, hash == null ? NO_ACCOUNT_HASH : hash));
        return hash != null && matches;
    }

    private <T> T bounded(Supplier<T> work) {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("bcrypt must not run inside a transaction: it would hold a pooled connection");
        }
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException(retryAfter);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
