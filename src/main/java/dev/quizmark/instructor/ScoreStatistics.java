package dev.quizmark.instructor;

import java.util.List;

/**
 * Summary of a set of scores (percent, 0–100), one per student. The standard deviation is the sample standard
 * deviation (n − 1), as in Moodle's quiz statistics. Figures without data are null (shown as "—"): all of them
 * without scores, the standard deviation with fewer than two.
 *
 * @param histogram counts per 10-point band: 0–9, 10–19, …, 90–100 (100 falls into the last band)
 */
public record ScoreStatistics(int count, Double mean, Double median, Double standardDeviation, Double passRate,
        int[] histogram) {

    public static ScoreStatistics of(List<Double> percents, List<Boolean> passed) {
        int n = percents.size();
        int[] histogram = new int[10];
        if (n == 0) {
            return new ScoreStatistics(0, null, null, null, null, histogram);
        }
        double[] sorted = percents.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = 0;
        for (double p : sorted) {
            mean += p / n;
            histogram[Math.min(9, Math.max(0, (int) Math.floor(p / 10)))]++;
        }
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double squares = 0;
        for (double p : sorted) {
            squares += (p - mean) * (p - mean);
        }
        Double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : null;
        double passRate = passed.stream().filter(Boolean.TRUE::equals).count() * 100.0 / n;
        return new ScoreStatistics(n, mean, median, sd, passRate, histogram);
    }

    /** "0–9", "10–19", …, "90–100": the last band also holds full marks. */
    public String bandLabel(int index) {
        return index * 10 + "–" + (index == histogram.length - 1 ? 100 : index * 10 + 9);
    }

    public int maxBand() {
        int max = 0;
        for (int count : histogram) {
            max = Math.max(max, count);
        }
        return max;
    }
}
