package dev.quizmark.analysis;

import java.util.List;
import java.util.Map;

/**
 * Six students' answers to the fixture quiz (FixtureQuizzes: single 1 point, multiple 2, tf 1, short 1, numeric 1,
 * ordering 1, matching 1, cloze 2 — 10 points), as question id → response. Unlisted questions are unanswered.
 * Marks by the quiz's rules (multiple: +1/2 per right pick, −1 per wrong, clamped):
 * <pre>
 *            single multiple tf short numeric | total
 *   s1          1      2      1    1     1    |   6
 *   s2          1      1      1    1     0    |   4
 *   s3          0      0      1    0     1    |   2
 *   s4          1      0      0    1     0    |   2
 *   s5          0      1      0    1     1    |   3
 *   s6          0      0      1    0     0    |   1
 * </pre>
 * The expected statistics in the tests were computed from this table with NumPy/SciPy (np.cov, np.corrcoef,
 * scipy.stats.skew/kurtosis with bias=False, Cronbach's α from the item variances), not with this code.
 */
final class AnalysisFixture {

    static final List<Map<String, List<String>>> ANSWERS = List.of(
            Map.of("single", List.of("a"), "multiple", List.of("a", "b"), "tf", List.of("true"), "short", List.of("Aider"),
                    "numeric", List.of("71.6")),
            Map.of("single", List.of("a"), "multiple", List.of("a"), "tf", List.of("true"), "short", List.of("Aider"),
                    "numeric", List.of("70")),
            Map.of("single", List.of("b"), "multiple", List.of("a", "c"), "tf", List.of("true"), "short", List.of("Ader"),
                    "numeric", List.of("71.6")),
            Map.of("single", List.of("a"), "multiple", List.of("a", "b", "c"), "tf", List.of("false"), "short", List.of("Aider")),
            Map.of("single", List.of("c"), "multiple", List.of("b"), "tf", List.of("false"), "short", List.of("Aider"),
                    "numeric", List.of("71.6")),
            Map.of("single", List.of("b"), "tf", List.of("true"), "short", List.of("Ader")));

    static final double[] TOTALS = {6, 4, 2, 2, 3, 1};

    private AnalysisFixture() {
    }
}
