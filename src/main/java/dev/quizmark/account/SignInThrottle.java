package dev.quizmark.account;

import jakarta.inject.Inject;
import dev.quizmark.app.QuizmarkConfig;
import dev.quizmark.account.ThrottleCounter.Key;
import dev.quizmark.account.ThrottleCounter.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slows down password and join-code guessing with a growing delay instead of a lock (policy in
 * docs/security.md, "Sessions and sign-in"). Wrong passwords are counted per username and client address and
 * per client address; after a number of free failures each further one makes that source wait 1 s, 2 s, 4 s, …
 * up to a maximum. A source that must wait is refused without its password being checked, and the refusal is
 * not counted, so hammering does not lengthen the wait. Because the username's counter belongs to one client
 * address, a stranger guessing at an account never delays its owner signing in from elsewhere.
 *
 * <p>Counters live in the database, so every instance sees the same state. Each failure is one short
 * transaction that locks the counter's row, so parallel failures are all counted. Usernames are counted
 * whether or not such an account exists, so the delays reveal nothing about which ones do.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_KEY_LENGTH = 64;

    @Inject
    QuizmarkConfig config;

    /** How long before a password for this username from this address may be checked; zero when it may now. */
    @Transactional
    public Duration signInWait(String username, String address, Instant now) {
        return waitFor(List.of(accountKey(username, address), addressKey(Scope.ADDRESS, address)), now);
    }

    @Transactional
    public void signInFailed(String username, String address, Instant now) {
        countFailure(accountKey(username, address), config.signIn().failuresBeforeDelay(), now);
        countFailure(addressKey(Scope.ADDRESS, address), config.signIn().addressFailuresBeforeDelay(), now);
    }

    /** The right password: this address's count for the username starts again (the address count does not). */
    @Transactional
    public void signInSucceeded(String username, String address) {
        ThrottleCounter.deleteById(accountKey(username, address));
    }

    /** Lifts every delay on a username, whatever the address (an instructor reset or re-enabled the account). */
    @Transactional
    public void lift(String username) {
        ThrottleCounter.delete("key.scope = ?1 and key.username = ?2", Scope.ACCOUNT, clip(username));
    }

    /** How long before this address may try another code of the scope (JOIN_CODE, LIVE_PIN); zero when it may now. */
    @Transactional
    public Duration codeWait(Scope scope, String address, Instant now) {
        return waitFor(List.of(addressKey(codeScope(scope), address)), now);
    }

    /** A wrong registration join code, or the PIN of no live session, from this address. */
    @Transactional
    public void codeFailed(Scope scope, String address, Instant now) {
        int free = codeScope(scope) == Scope.JOIN_CODE ? config.registration().joinCodeFailuresBeforeDelay()
                : config.live().pinFailuresBeforeDelay();
        countFailure(addressKey(scope, address), free, now);
    }

    private static Scope codeScope(Scope scope) {
        if (scope != Scope.JOIN_CODE && scope != Scope.LIVE_PIN) {
            throw new IllegalArgumentException("not a scope of codes: " + scope);
        }
        return scope;
    }

    /** Usernames that some address must wait for, with the latest end of those waits, for the accounts page. */
    @Transactional
    public Map<String, Instant> delayedUsernames(Instant now) {
        List<Object[]> rows = ThrottleCounter.getEntityManager().createQuery(
                "select c.key.username, max(c.delayedUntil) from ThrottleCounter c where c.key.scope = :scope "
                        + "and c.delayedUntil > :now group by c.key.username", Object[].class)
                .setParameter("scope", Scope.ACCOUNT).setParameter("now", now).getResultList();
        Map<String, Instant> delayed = new HashMap<>();
        rows.forEach(row -> delayed.put((String) row[0], (Instant) row[1]));
        return delayed;
    }

    /** The wait after the given number of consecutive failures: none for the free ones, then 1 s doubling to the cap. */
    static Duration delayAfter(int failures, int failuresBeforeDelay, Duration maxDelay) {
        if (failures < failuresBeforeDelay) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - failuresBeforeDelay, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Duration waitFor(List<Key> keys, Instant now) {
        Duration wait = Duration.ZERO;
        for (Key key : keys) {
            ThrottleCounter counter = ThrottleCounter.findById(key);
            if (counter != null && counter.delayedUntil != null && counter.delayedUntil.isAfter(now)) {
                Duration left = Duration.between(now, counter.delayedUntil);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    private void countFailure(Key key, int failuresBeforeDelay, Instant now) {
        EntityManager em = ThrottleCounter.getEntityManager();
        // Create the row if it is missing without failing on a concurrent insert, then lock it: every failure counts.
        em.createNativeQuery("insert into sign_in_throttle (scope, username, address, failures) "
                + "values (?1, ?2, ?3, 0) on conflict do nothing")
                .setParameter(1, key.scope.name()).setParameter(2, key.username).setParameter(3, key.address)
                .executeUpdate();
        ThrottleCounter counter = em.find(ThrottleCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        boolean forgotten = counter.lastFailureAt != null && counter.lastFailureAt.isBefore(now.minus(config.signIn().forgetAfter()));
        counter.failures = forgotten ? 1 : counter.failures + 1;
        counter.lastFailureAt = now;
        Duration delay = delayAfter(counter.failures, failuresBeforeDelay, config.signIn().maxDelay());
        counter.delayedUntil = delay.isZero() ? null : now.plus(delay);
    }

    private static Key accountKey(String username, String address) {
        return new Key(Scope.ACCOUNT, clip(username), clip(address));
    }

    private static Key addressKey(Scope scope, String address) {
        return new Key(scope, "", clip(address));
    }

    /** Usernames are counted as typed (trimmed); longer ones than any account can have are cut to fit the column. */
    private static String clip(String value) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.length() > MAX_KEY_LENGTH ? trimmed.substring(0, MAX_KEY_LENGTH) : trimmed;
    }
}
