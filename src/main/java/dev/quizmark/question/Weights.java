package dev.quizmark.question;

import java.math.BigDecimal;

/** Weights and fractions as quiz files write them: percentages without needless digits (50, 33.33333, -100). */
public final class Weights {

    private Weights() {
    }

    /** 0.5 → "50", 0.3333333 → "33.33333"; at most seven significant decimals, as Moodle keeps them. */
    public static String percent(double fraction) {
        BigDecimal percent = new BigDecimal(fraction * 100).setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0).toPlainString() : percent.toPlainString();
    }

    /** 0..1; a sum within a millionth of 1 is 1, since weights written as 33.33333 % add up to 0.9999999. */
    static double clamp(double fraction) {
        return fraction > 1 - 1e-6 ? 1 : Math.max(0, fraction);
    }
}
