package dev.quizmark.question;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Small readers of a response list shared by the types. */
final class Responses {

    private Responses() {
    }

    /** The first value, or "" when there is none. */
    static String first(List<String> response) {
        return at(response, 0);
    }

    /** The value at {@code index}, or "" when there is none. */
    static String at(List<String> response, int index) {
        return index < response.size() && response.get(index) != null ? response.get(index) : "";
    }

    /** The share of {@code parts} that are right; 0 when there are no parts. */
    static double share(int parts, IntPredicate right) {
        return parts == 0 ? 0 : (double) IntStream.range(0, parts).filter(right).count() / parts;
    }

    /** Rendered choice text as plain text, for descriptions (Qute escapes the result again). */
    static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
