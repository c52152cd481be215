package dev.quizmark.instructor;

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
     * @param questionFractions score on this question per attempt, 0..1
     * @param restFractions     score on the rest of the quiz per attempt (same order), 0..1
     */
    public static ItemStatistics of(List<Double> questionFractions, List<Double> restFractions) {
        int n = questionFractions.size();
        if (n == 0) {
            return new ItemStatistics(0, 0, null, List.of());
        }
        double facility = questionFractions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Double discrimination = correlation(questionFractions, restFractions);
        List<String> flags = new ArrayList<>();
        if (facility < LOW_FACILITY) {
            flags.add("tooHard");
        } else if (facility > HIGH_FACILITY) {
            flags.add("tooEasy");
        }
        if (discrimination != null && discrimination < LOW_DISCRIMINATION) {
            flags.add("lowDiscrimination");
        }
        return new ItemStatistics(n, facility, discrimination, List.copyOf(flags));
    }

    /** Pearson correlation; null when either side has no variance (it is undefined then). */
    static Double correlation(List<Double> xs, List<Double> ys) {
        int n = xs.size();
        if (n < 2) {
            return null;
        }
        double mx = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double my = ys.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs.get(i) - mx;
            double dy = ys.get(i) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
