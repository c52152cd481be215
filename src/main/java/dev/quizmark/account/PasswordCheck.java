package dev.quizmark.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password for the log-in form and the password page, through {@link SignInThrottle}.
 * Within one hashing turn ({@link PasswordHasher}) the throttle and the account are read in one short
 * transaction, then bcrypt runs holding no database connection; the outcome is recorded after the turn.
 * Every refusal looks the same, whether the username exists or not.
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

    private record Stored(Duration mustWait, Optional<Account> account) {
    }

    @Inject
    SignInThrottle throttle;

    @Inject
    PasswordHasher hasher;

    /**
     * @throws PasswordHasher.BusyException when too many hashes are running; nothing was read or counted
     */
    public Verdict check(String username, String password, String clientAddress) {
        String typed = username == null ? "" : username.strip();
        Verdict verdict = hasher.withTurn(turn -> {
            Stored stored = QuarkusTransaction.requiringNew().call(() -> new Stored(
                    throttle.signInWait(typed, clientAddress, Instant.now()),
                    Account.findByUsername(typed).filter(found -> found.enabled)));
            if (!stored.mustWait().isZero()) {
                return new MustWait(stored.mustWait());
            }
            String hash = stored.account().map(found -> found.passwordHash).orElse(null);
            return turn.matches(password == null ? "" : password, hash) ? new Accepted(stored.account().get())
                    : new Refused();
        });
        if (verdict instanceof Accepted) {
            throttle.signInSucceeded(typed, clientAddress);
        } else if (verdict instanceof Refused) {
            throttle.signInFailed(typed, clientAddress, Instant.now());
        }
        return verdict;
    }
}
