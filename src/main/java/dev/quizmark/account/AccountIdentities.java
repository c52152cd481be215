package dev.quizmark.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Instant;

public final class AccountIdentities {

    /** Identity attribute: the account's username (the principal's name is the whole {@link SessionClaim}). */
    static final String USERNAME = "username";

    /** Identity attribute read by {@link PasswordChangeFilter}; the session provider re-reads it on every request. */
    static final String MUST_CHANGE_PASSWORD = "mustChangePassword";

    private AccountIdentities() {
    }

    /** A fresh session for an account that just proved its password. */
    static SecurityIdentity signedIn(Account account, Instant now) {
        return of(account, new SessionClaim(account.username, account.sessionVersion, now));
    }

    /**
     * The identity of a session that a learning platform opened (package {@code lti}): the role is the one the
     * launch gave in the course, not necessarily the account's own.
     */
    public static SecurityIdentity launched(Account account, Role sessionRole, java.security.Principal principal) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(principal)
                .addRole(sessionRole.roleName())
                .addAttribute(USERNAME, account.username)
                .addAttribute("displayName", account.displayName)
                .addAttribute(MUST_CHANGE_PASSWORD, false)
                .build();
    }

    /** The identity of a session; the claim is kept as it is, so renewing the cookie keeps its sign-in time. */
    static SecurityIdentity of(Account account, SessionClaim claim) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(claim.principal())
                .addRole(account.role.roleName())
                .addAttribute(USERNAME, account.username)
                .addAttribute("displayName", account.displayName)
                .addAttribute(MUST_CHANGE_PASSWORD, account.mustChangePassword)
                .build();
    }
}
