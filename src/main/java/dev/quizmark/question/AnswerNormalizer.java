package dev.quizmark.question;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes typed answers comparable: full-width and half-width forms unified (NFKC), case folded, and every
 * whitespace removed, because Korean students often vary spacing (띄어쓰기) in otherwise right answers.
 */
public final class AnswerNormalizer {

    private AnswerNormalizer() {
    }

    public static String normalize(String answer) {
        if (answer == null) {
            return "";
        }
        return Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** A number typed by a student: NFKC digits, thousands separators ignored; null when it is not a number. */
    public static Double number(String answer) {
        String text = Normalizer.normalize(answer == null ? "" : answer, Normalizer.Form.NFKC).strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
