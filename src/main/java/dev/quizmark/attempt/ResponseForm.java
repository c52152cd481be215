package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Names of the answer fields of the attempt form and how posted fields become a response. Values are
 * display positions (see {@link AttemptLayout}), 1-based; each question on a page also posts
 * {@code present=<id>}, so a multiple-response question with every box unticked still counts as posted.
 */
final class ResponseForm {

    static final String PRESENT = "present";
    /**
     * Longest text kept per field (the inputs' maxlength); enough for any short answer, and bounds what a client
     * can store. Longer text is cut to this length and the page says so ({@link #tooLong}). The request limits
     * (application.properties) leave room for several times this in UTF-8, percent-encoded.
     */
    static final int MAX_TEXT = 500;

    private ResponseForm() {
    }

    static String field(Question q) {
        return "q." + q.id();
    }

    static String field(Question q, int position) {
        return "q." + q.id() + "." + position;
    }

    /** The posted response to one question, in AttemptGrader's encoding. */
    static List<String> read(Question q, AttemptLayout layout, Map<String, List<String>> form) {
        switch (q.type()) {
            case SINGLE -> {
                Integer pos = position(first(form, field(q)), q.choices().size());
                return pos == null ? List.of() : List.of(q.choices().get(layout.choiceOrder(q)[pos - 1]).id());
            }
            case MULTIPLE -> {
                int[] order = layout.choiceOrder(q);
                TreeSet<Integer> picked = new TreeSet<>();
                for (String value : form.getOrDefault(field(q), List.of())) {
                    Integer pos = position(value, order.length);
                    if (pos != null) {
                        picked.add(order[pos - 1]);
                    }
                }
                List<String> ids = new ArrayList<>();
                picked.forEach(i -> ids.add(q.choices().get(i).id()));
                return ids;
            }
            case TRUE_FALSE -> {
                String value = first(form, field(q));
                return "true".equals(value) || "false".equals(value) ? List.of(value) : List.of();
            }
            case SHORT, NUMERIC -> {
                return List.of(text(first(form, field(q))));
            }
            case ORDERING -> {
                int[] order = layout.choiceOrder(q);
                List<String> response = new ArrayList<>(Collections.nCopies(order.length, ""));
                for (int d = 1; d <= order.length; d++) {
                    Integer pos = position(first(form, field(q, d)), order.length);
                    if (pos != null) {
                        response.set(order[d - 1], String.valueOf(pos));
                    }
                }
                return response;
            }
            case MATCHING -> {
                int[] left = layout.choiceOrder(q);
                int[] right = layout.matchOrder(q);
                List<String> response = new ArrayList<>(Collections.nCopies(left.length, ""));
                for (int d = 1; d <= left.length; d++) {
                    Integer pos = position(first(form, field(q, d)), right.length);
                    if (pos != null) {
                        response.set(left[d - 1], String.valueOf(right[pos - 1]));
                    }
                }
                return response;
            }
            case CLOZE -> {
                int blanks = Math.max(0, q.clozeSegmentsHtml().size() - 1);
                List<String> response = new ArrayList<>();
                for (int b = 1; b <= blanks; b++) {
                    response.add(text(first(form, field(q, b))));
                }
                return response;
            }
            default -> throw new IllegalArgumentException("unknown question type " + q.type());
        }
    }

    /** Whether a text answer of the question (short, numeric, a cloze blank) is longer than {@link #MAX_TEXT}. */
    static boolean tooLong(Question q, Map<String, List<String>> form) {
        List<String> names = switch (q.type()) {
            case SHORT, NUMERIC -> List.of(field(q));
            case CLOZE -> IntStream.rangeClosed(1, Math.max(0, q.clozeSegmentsHtml().size() - 1)).mapToObj(b -> field(q, b)).toList();
            default -> List.of();
        };
        return names.stream().map(name -> first(form, name)).anyMatch(value -> value != null && value.strip().length() > MAX_TEXT);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_TEXT ? trimmed.substring(0, MAX_TEXT) : trimmed;
    }

    /** A 1-based position within 1..size, or null for blank or anything else. */
    private static Integer position(String value, int size) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int pos = Integer.parseInt(value.trim());
            return pos >= 1 && pos <= size ? pos : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
