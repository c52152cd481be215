package dev.quizmark.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Moodle's quiz-level statistics over the analysed attempts' total marks (mod/quiz/report/statistics, calculator
 * and "Quiz statistics calculations"). Marks are points; the page also shows them as a share of the maximum.
 * Figures that need more attempts than there are are null, as in Moodle: the standard deviation needs 2,
 * skewness and the internal-consistency figures 3, kurtosis 4.
 *
 * @param cic           coefficient of internal consistency (Cronbach's α), percent
 * @param errorRatio    percent: 100 √(1 − CIC/100)
 * @param standardError points: error ratio × SD / 100
 */
public record TestStatistics(int attempts, double maxMark, Double mean, Double median, Double standardDeviation,
        Double skewness, Double kurtosis, Double cic, Double errorRatio, Double standardError) {

    /**
     * @param totals            each analysed attempt's total mark
     * @param questions         number of questions (Moodle's p, the positions)
     * @param sumOfMarkVariance sum over the questions of their mark variance (n − 1)
     */
    static TestStatistics of(List<Double> totals, double maxMark, int questions, double sumOfMarkVariance) {
        int s = totals.size();
        if (s == 0) {
            return new TestStatistics(0, maxMark, null, null, null, null, null, null, null, null);
        }
        double[] sorted = totals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(sorted).sum() / s;
        double median = s % 2 == 1 ? sorted[s / 2] : (sorted[s / 2 - 1] + sorted[s / 2]) / 2;
        if (s == 1) {
            return new TestStatistics(1, maxMark, mean, median, null, null, null, null, null, null);
        }
        double power2 = 0;
        double power3 = 0;
        double power4 = 0;
        for (double x : sorted) {
            double d = x - mean;
            power2 += d * d;
            power3 += d * d * d;
            power4 += d * d * d * d;
        }
        double sd = Math.sqrt(power2 / (s - 1));
        Double skewness = null;
        Double kurtosis = null;
        Double cic = null;
        Double errorRatio = null;
        Double standardError = null;
        if (s > 2) {
            double m2 = power2 / s;
            double m3 = power3 / s;
            double m4 = power4 / s;
            double k2 = s * m2 / (s - 1);
            double k3 = (double) s * s * m3 / ((s - 1) * (s - 2));
            if (k2 != 0) {
                skewness = k3 / Math.pow(k2, 1.5);
                if (s > 3) {
                    double k4 = (double) s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2) / ((double) (s - 1) * (s - 2) * (s - 3));
                    kurtosis = k4 / (k2 * k2);
                }
                if (questions > 1) {
                    cic = 100.0 * questions / (questions - 1) * (1 - sumOfMarkVariance / k2);
                    // α above 100 % (possible with few attempts) would make the root imaginary; Moodle prints NaN there.
                    if (cic <= 100) {
                        errorRatio = 100 * Math.sqrt(1 - cic / 100);
                        standardError = errorRatio * sd / 100;
                    }
                }
            }
        }
        return new TestStatistics(s, maxMark, mean, median, sd, skewness, kurtosis, cic, errorRatio, standardError);
    }

    /** A mark as percent of the maximum, or null. */
    public Double percentOf(Double mark) {
        return mark == null || maxMark == 0 ? null : mark / maxMark * 100;
    }
}
