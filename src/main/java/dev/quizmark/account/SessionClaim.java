package dev.quizmark.account;

import io.quarkus.security.runtime.QuarkusPrincipal;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * What a session cookie says: who signed in, with which session version of the account, and when.
 *
 * <p>Quarkus' form authentication keeps exactly {@link Principal#getName()} in its encrypted, authenticated
 * cookie and hands it back on every request, so the principal's name is this claim, encoded, rather than the
 * bare username. {@link SessionIdentityProvider} checks it against the account on every request. Code that
 * needs the username reads {@link CurrentAccount#getUsername()}.
 */
record SessionClaim(String username, int sessionVersion, Instant signedInAt) {

    /** {@code version:epochSecond:username}; the username goes last, so it may contain any character. */
    String encode() {
        return sessionVersion + ":" + signedInAt.getEpochSecond() + ":" + username;
    }

    static Optional<SessionClaim> decode(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split(":", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionClaim(parts[2], Integer.parseInt(parts[0]),
                    Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The security principal that carries this claim into the session cookie. */
    Principal principal() {
        return new QuarkusPrincipal(encode());
    }
}
