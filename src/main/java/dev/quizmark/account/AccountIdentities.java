package dev.quizmark.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

final class AccountIdentities {

    /** Identity attribute read by {@link PasswordChangeFilter}; the session provider re-reads it on every request. */
    static final String MUST_CHANGE_PASSWORD = "mustChangePassword";

    private AccountIdentities() {
    }

    static SecurityIdentity of(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(account.role.roleName())
                .addAttribute("displayName", account.displayName)
                .addAttribute(MUST_CHANGE_PASSWORD, account.mustChangePassword)
                .build();
    }
}
