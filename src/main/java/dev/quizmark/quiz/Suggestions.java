package dev.quizmark.quiz;

import java.util.Collection;
import java.util.Comparator;

/** "did you mean" hints for misspelt settings and attributes. */
public final class Suggestions {

    private Suggestions() {
    }

    public static String didYouMean(String word, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k))
                .filter(best -> distance(word, best) <= Math.max(2, best.length() / 3))
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse("");
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
