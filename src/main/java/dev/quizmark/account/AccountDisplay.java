package dev.quizmark.account;

import dev.quizmark.app.Formats;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/** Template helpers for the account list. */
@TemplateExtension
final class AccountDisplay {

    private AccountDisplay() {
    }

    /** The lock's end, when the account is locked now; empty otherwise. */
    static String lockedText(Account account) {
        return account.isLocked(Instant.now()) ? Formats.dateTime(account.lockedUntil) : "";
    }

    static boolean instructorRole(Account account) {
        return account.role == Role.INSTRUCTOR;
    }
}
