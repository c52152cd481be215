package dev.quizmark.instructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Moodle's item statistics for one question over a set of attempts.
 * <ul>
 * <li>Facility index: mean score on the question as a fraction of its maximum (0 = nobody, 1 = everybody).</li>
 * <li>Discrimination index: Pearson correlation between the question's score and the score on the rest of
 * the quiz (total minus this question), so a question is not correlated with itself.</li>
 * </ul>
 * A question is flagged when its facility is below 0.2 or above 0.9, or its discrimination below 0.2.
 */
public record ItemStatistics(int attempts, double facility, Double discrimination, List<String> flags) {

    public static final double LOW_FACILITY = 0.2;
    public static final double HIGH_FACILITY = 0.9;
    public static final double LOW_DISCRIMINATION = 0.2;

    /**
     * The sums the statistics are made of, over one question's responses: x is the score on the question and y the
     * score on the rest of the quiz, both as fractions. Exact decimals, so the database can add them up (a class
     * of 20,000 attempts is a few rows, not 240,000) and a question everybody got equally right has no variance
     * rather than a rounding error's worth.
     */
    public record Sums(long n, BigDecimal x, BigDecimal y, BigDecimal xx, BigDecimal yy, BigDecimal xy) {

        public static final Sums NONE = new Sums(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        public Sums plus(Sums other) {
            return new Sums(n + other.n, x.add(other.x), y.add(other.y), xx.add(other.xx), yy.add(other.yy),
                    xy.add(other.xy));
        }
    }

    /**
     * @param questionFractions score on this question per attempt, 0..1
     * @param restFractions     score on the rest of the quiz per attempt (same order), 0..1
     */
    public static ItemStatistics of(List<Double> questionFractions, List<Double> restFractions) {
        Sums sums = Sums.NONE;
        for (int i = 0; i < questionFractions.size(); i++) {
            BigDecimal x = BigDecimal.valueOf(questionFractions.get(i));
            BigDecimal y = BigDecimal.valueOf(restFractions.get(i));
            sums = sums.plus(new Sums(1, x, y, x.multiply(x), y.multiply(y), x.multiply(y)));
        }
        return of(sums);
    }

    public static ItemStatistics of(Sums sums) {
        if (sums.n() == 0) {
            return new ItemStatistics(0, 0, null, List.of());
        }
        double facility = sums.x().doubleValue() / sums.n();
        Double discrimination = correlation(sums);
        List<String> flags = new ArrayList<>();
        if (facility < LOW_FACILITY) {
            flags.add("tooHard");
        } else if (facility > HIGH_FACILITY) {
            flags.add("tooEasy");
        }
        if (discrimination != null && discrimination < LOW_DISCRIMINATION) {
            flags.add("lowDiscrimination");
        }
        return new ItemStatistics((int) sums.n(), facility, discrimination, List.copyOf(flags));
    }

    /** Pearson correlation; null when either side has no variance (it is undefined then). */
    private static Double correlation(Sums sums) {
        if (sums.n() < 2) {
            return null;
        }
        // n² times the covariance and the variances, exactly.
        BigDecimal n = BigDecimal.valueOf(sums.n());
        BigDecimal sxy = n.multiply(sums.xy()).subtract(sums.x().multiply(sums.y()));
        BigDecimal sxx = n.multiply(sums.xx()).subtract(sums.x().multiply(sums.x()));
        BigDecimal syy = n.multiply(sums.yy()).subtract(sums.y().multiply(sums.y()));
        if (sxx.signum() <= 0 || syy.signum() <= 0) {
            return null;
        }
        return sxy.doubleValue() / Math.sqrt(sxx.doubleValue() * syy.doubleValue());
    }
}
