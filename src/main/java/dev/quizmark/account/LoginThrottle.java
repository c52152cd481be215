package dev.quizmark.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies passwords and locks an account for a while after repeated failures. Counts live in the
 * database, so throttling holds across app instances and restarts. Every refusal looks the same to the
 * caller, and unknown usernames cost a bcrypt check too, so neither message nor timing reveals whether a
 * username exists.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("quizmark-no-such-account");

    @ConfigProperty(name = "quizmark.login.max-failures")
    int maxFailures;

    @ConfigProperty(name = "quizmark.login.lock-period")
    Duration lockPeriod;

    @Transactional
    public Optional<Account> verify(String username, String password, Instant now) {
        Optional<Account> found = Account.findByUsername(username == null ? "" : username.trim());
        if (found.isEmpty()) {
            BcryptUtil.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.enabled || account.isLocked(now)) {
            BcryptUtil.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        if (BcryptUtil.matches(password, account.passwordHash)) {
            account.failedLogins = 0;
            account.lockedUntil = null;
            return Optional.of(account);
        }
        recordFailure(account, now);
        return Optional.empty();
    }

    private void recordFailure(Account account, Instant now) {
        account.failedLogins++;
        if (account.failedLogins >= maxFailures) {
            account.failedLogins = 0;
            account.lockedUntil = now.plus(lockPeriod);
        }
    }
}
