package dev.quizmark.account;

import java.security.SecureRandom;

/**
 * Passwords an instructor reads out or hands over on paper: lower-case letters and digits without the
 * look-alikes 0/o, 1/l/i, grouped by four (e.g. {@code k7mp-3xqa-w9hd}); 12 random characters of 31 are
 * about 59 bits. The student replaces it at the first sign-in.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
