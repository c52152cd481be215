package dev.quizmark.account;

import java.util.regex.Pattern;

/** What a valid account field looks like; shared by the create form and the roster import. */
public final class AccountRules {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 72; // bcrypt ignores anything longer
    public static final int MAX_DISPLAY_NAME = 200;
    public static final int MAX_STUDENT_NUMBER = 64;
    public static final int MAX_GROUP = 100;
    public static final int MAX_EMAIL = 254;

    private AccountRules() {
    }

    public static boolean validUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static boolean validEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    /** Trimmed text, or null when blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
