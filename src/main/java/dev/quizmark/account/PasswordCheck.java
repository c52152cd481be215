package dev.quizmark.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password for the log-in form and the password page, through {@link SignInThrottle}.
 * The account is read in one short transaction and the outcome recorded in another; bcrypt runs between them,
 * holding no database connection. Every refusal looks the same, whether the username exists or not.
 */
@ApplicationScoped
public class PasswordCheck {

    /** The outcome of a check. */
    public sealed interface Verdict {
    }

    /** The password is right and the account may sign in. */
    public record Accepted(Account account) implements Verdict {
    }

    /** Wrong password, unknown username or disabled account: deliberately not told apart. */
    public record Refused() implements Verdict {
    }

    /** Too many recent failures from this client: nothing was checked, try again after {@code remaining}. */
    public record MustWait(Duration remaining) implements Verdict {
    }

    @Inject
    SignInThrottle throttle;

    @Inject
    PasswordHasher hasher;

    /**
     * @throws PasswordHasher.BusyException when too many hashes are running; nothing was counted
     */
    public Verdict check(String username, String password, String clientAddress) {
        String typed = username == null ? "" : username.strip();
        Duration wait = throttle.signInWait(typed, clientAddress, Instant.now());
        if (!wait.isZero()) {
            return new MustWait(wait);
        }
        Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(typed))
                .filter(found -> found.enabled);
        if (hasher.matches(password == null ? "" : password, account.map(found -> found.passwordHash).orElse(null))) {
            throttle.signInSucceeded(typed, clientAddress);
            return new Accepted(account.get());
        }
        throttle.signInFailed(typed, clientAddress, Instant.now());
        return new Refused();
    }
}
