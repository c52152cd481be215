package dev.quizmark.analysis;

import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ResponsePart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often one class of responses was given (Moodle's response analysis: count and frequency) and how it
 * discriminates: 100 × the correlation between giving it (1/0) and the mark on the rest of the attempt (a point-
 * biserial correlation; Moodle shows no such column). A right answer should discriminate positively; a wrong
 * choice that the stronger students pick (positive) is suspicious.
 *
 * @param part      the class; null for "no response"
 * @param frequency count / attempts with the question
 */
public record ResponseAnalysis(ResponsePart part, long count, double frequency, Double discrimination) {

    public double frequencyPercent() {
        return frequency * 100;
    }

    /** A right answer that the weaker students give, or a wrong one the stronger give. */
    public boolean suspicious() {
        return part != null && discrimination != null && (part.correct() ? discrimination < 0 : discrimination > 0);
    }

    /**
     * Every class the question lists (its choices), then the others in the order first given, then "no response"
     * when some attempts gave none.
     */
    static List<ResponseAnalysis> of(QuestionKind kind, List<List<String>> responses, List<Double> rest) {
        int s = responses.size();
        Map<String, ResponsePart> parts = new LinkedHashMap<>();
        kind.responseParts().forEach(p -> parts.put(p.code(), p));
        List<List<ResponsePart>> given = new ArrayList<>();
        for (List<String> response : responses) {
            List<ResponsePart> classes = kind.analyse(response);
            classes.forEach(p -> parts.putIfAbsent(p.code(), p));
            given.add(classes);
        }
        List<ResponseAnalysis> rows = new ArrayList<>();
        for (ResponsePart part : parts.values()) {
            double[] picked = new double[s];
            for (int i = 0; i < s; i++) {
                picked[i] = given.get(i).stream().anyMatch(p -> p.code().equals(part.code())) ? 1 : 0;
            }
            rows.add(row(part, picked, rest));
        }
        double[] none = new double[s];
        for (int i = 0; i < s; i++) {
            none[i] = given.get(i).isEmpty() ? 1 : 0;
        }
        ResponseAnalysis unanswered = row(null, none, rest);
        if (unanswered.count() > 0) {
            rows.add(unanswered);
        }
        return rows;
    }

    private static ResponseAnalysis row(ResponsePart part, double[] picked, List<Double> rest) {
        int s = picked.length;
        long count = 0;
        for (double p : picked) {
            count += (long) p;
        }
        return new ResponseAnalysis(part, count, s == 0 ? 0 : (double) count / s, correlation(picked, rest));
    }

    /** 100 × Pearson's r; null when either side has no variance. */
    static Double correlation(double[] xs, List<Double> ys) {
        int n = xs.length;
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += xs[i];
            my += ys.get(i);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (xs[i] - mx) * (ys.get(i) - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys.get(i) - my) * (ys.get(i) - my);
        }
        return sxx == 0 || syy == 0 ? null : 100 * sxy / Math.sqrt(sxx * syy);
    }
}
