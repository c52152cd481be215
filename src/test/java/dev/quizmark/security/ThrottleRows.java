package dev.quizmark.security;

import dev.quizmark.account.ThrottleCounter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Optional;

/** Reads the sign-in throttle's counters as the app stored them. */
final class ThrottleRows {

    private ThrottleRows() {
    }

    static Optional<ThrottleCounter> find(ThrottleCounter.Scope scope, String username, String address) {
        return QuarkusTransaction.requiringNew().call(() -> ThrottleCounter.<ThrottleCounter>find(
                "key.scope = ?1 and key.username = ?2 and key.address = ?3", scope, username, address)
                .firstResultOptional());
    }

    static int failures(ThrottleCounter.Scope scope, String username, String address) {
        return find(scope, username, address).map(counter -> counter.failures).orElse(0);
    }

    /** The wait the last failure imposed; zero when it imposed none. */
    static Duration lastDelay(ThrottleCounter.Scope scope, String username, String address) {
        return find(scope, username, address).filter(counter -> counter.delayedUntil != null)
                .map(counter -> Duration.between(counter.lastFailureAt, counter.delayedUntil)).orElse(Duration.ZERO);
    }
}
