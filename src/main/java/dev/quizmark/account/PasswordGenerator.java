package dev.quizmark.account;

import java.security.SecureRandom;

/**
 * One-time passwords for handing out on paper: 12 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), about 69 bits of randomness.
 */
public final class PasswordGenerator {

    static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
