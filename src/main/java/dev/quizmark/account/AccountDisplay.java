package dev.quizmark.account;

import io.quarkus.qute.TemplateExtension;

/** Template helper for the account list. */
@TemplateExtension
final class AccountDisplay {

    private AccountDisplay() {
    }

    static boolean instructorRole(Account account) {
        return account.role == Role.INSTRUCTOR;
    }
}
