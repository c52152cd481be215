package dev.quizmark.question;

import java.util.List;
import java.util.Map;

/** The posted attempt form, read leniently: a missing, blank or out-of-range value is simply not an answer. */
public record PostedForm(Map<String, List<String>> values) {

    /** Longest text kept per field; enough for any short answer, and bounds what a client can store. */
    public static final int MAX_TEXT = 500;

    public String first(String name) {
        List<String> posted = values.get(name);
        return posted == null || posted.isEmpty() ? null : posted.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Typed text, trimmed and cut to {@link #MAX_TEXT}; empty when missing. */
    public String text(String name) {
        String value = first(name);
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_TEXT ? trimmed.substring(0, MAX_TEXT) : trimmed;
    }

    /** A 1-based position within 1..size, or null for blank or anything else. */
    public static Integer position(String value, int size) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int position = Integer.parseInt(value.trim());
            return position >= 1 && position <= size ? position : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
