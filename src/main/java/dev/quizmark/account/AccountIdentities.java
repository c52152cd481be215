package dev.quizmark.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

final class AccountIdentities {

    private AccountIdentities() {
    }

    static SecurityIdentity of(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(account.role.roleName())
                .addAttribute("displayName", account.displayName)
                .build();
    }
}
