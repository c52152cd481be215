package dev.quizmark.analysis;

import dev.quizmark.quiz.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Moodle's statistics for one question over the analysed attempts that have it (question/classes/statistics/
 * questions/calculator.php), with marks in points:
 * <ul>
 * <li>facility: mean mark / maximum mark;</li>
 * <li>standard deviation: sample SD (n − 1) of the marks, shown as a share of the maximum mark;</li>
 * <li>random guess score: what answering at random earns (the type's estimate);</li>
 * <li>intended weight: maximum mark / the quiz's maximum; effective weight: √(covariance of the mark with the
 * total) over the sum of that root for every question, none when the covariance is negative;</li>
 * <li>discrimination index: 100 × the correlation of the mark with the rest of the attempt (total − mark);</li>
 * <li>discriminative efficiency: 100 × that covariance over the largest it could be with these marks (both lists
 * sorted and paired), flagged as Moodle does below 15 %.</li>
 * </ul>
 *
 * @param earlierVersionOnly the question is gone from the current file; attempts on older versions have it
 * @param effectiveWeight    percent, set once every question is known
 */
public record QuestionAnalysis(Question question, boolean earlierVersionOnly, int attempts, double maxMark,
        Double facility, Double standardDeviation, Double randomGuessScore, Double intendedWeight, Double effectiveWeight,
        boolean negativeCovariance, Double discriminationIndex, Double discriminativeEfficiency, Double markVariance,
        Double covarianceWithTotal, List<ResponseAnalysis> responses) {

    /** Moodle marks a question "dubious" (possibly not pulling its weight) below this discriminative efficiency. */
    public static final double DUBIOUS_EFFICIENCY = 15;

    /**
     * @param marks     mark on this question per analysed attempt that has it
     * @param totals    those attempts' total marks, same order
     * @param responses those attempts' responses, same order
     */
    static QuestionAnalysis of(Question question, boolean earlier, double quizMaxMark, List<Double> marks, List<Double> totals,
            List<List<String>> responses) {
        int s = marks.size();
        double max = question.points();
        Double intended = quizMaxMark == 0 ? null : 100 * max / quizMaxMark;
        Double guess = question.kind().randomGuessScore();
        List<ResponseAnalysis> parts = ResponseAnalysis.of(question.kind(), responses, rest(marks, totals));
        if (s == 0) {
            return new QuestionAnalysis(question, earlier, 0, max, null, null, guess, intended, null, false, null, null, null,
                    null, parts);
        }
        double markAverage = mean(marks);
        List<Double> others = rest(marks, totals);
        double otherAverage = mean(others);
        double totalAverage = mean(totals);
        Double facility = max == 0 ? null : markAverage / max;
        if (s == 1) {
            return new QuestionAnalysis(question, earlier, 1, max, facility, null, guess, intended, null, false, null, null,
                    null, null, parts);
        }
        double[] sortedMarks = marks.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] sortedOthers = others.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double markSum = 0;
        double otherSum = 0;
        double covarianceSum = 0;
        double covarianceMaxSum = 0;
        double overallSum = 0;
        for (int i = 0; i < s; i++) {
            double dm = marks.get(i) - markAverage;
            double dother = others.get(i) - otherAverage;
            markSum += dm * dm;
            otherSum += dother * dother;
            covarianceSum += dm * dother;
            covarianceMaxSum += (sortedMarks[i] - markAverage) * (sortedOthers[i] - otherAverage);
            overallSum += dm * (totals.get(i) - totalAverage);
        }
        double markVariance = markSum / (s - 1);
        double otherVariance = otherSum / (s - 1);
        double covariance = covarianceSum / (s - 1);
        double covarianceMax = covarianceMaxSum / (s - 1);
        double withTotal = overallSum / (s - 1);
        Double sd = max == 0 ? null : Math.sqrt(markVariance) / max;
        Double discrimination = markVariance * otherVariance == 0 ? null
                : 100 * covariance / Math.sqrt(markVariance * otherVariance);
        Double efficiency = covarianceMax == 0 ? null : 100 * covariance / covarianceMax;
        return new QuestionAnalysis(question, earlier, s, max, facility, sd, guess, intended, null, withTotal < 0,
                discrimination, efficiency, markVariance, withTotal, parts);
    }

    QuestionAnalysis withEffectiveWeight(Double weight) {
        return new QuestionAnalysis(question, earlierVersionOnly, attempts, maxMark, facility, standardDeviation,
                randomGuessScore, intendedWeight, weight, negativeCovariance, discriminationIndex, discriminativeEfficiency,
                markVariance, covarianceWithTotal, responses);
    }

    /** Facility, SD and random guess score as percentages, as Moodle's report prints them; null when undefined. */
    public Double facilityPercent() {
        return facility == null ? null : facility * 100;
    }

    public Double standardDeviationPercent() {
        return standardDeviation == null ? null : standardDeviation * 100;
    }

    public Double randomGuessPercent() {
        return randomGuessScore == null ? null : randomGuessScore * 100;
    }

    /** Moodle's mark for a question that may not be pulling its weight. */
    public boolean dubious() {
        return discriminativeEfficiency != null && discriminativeEfficiency < DUBIOUS_EFFICIENCY;
    }

    private static List<Double> rest(List<Double> marks, List<Double> totals) {
        List<Double> rest = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            rest.add(totals.get(i) - marks.get(i));
        }
        return rest;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }
}
