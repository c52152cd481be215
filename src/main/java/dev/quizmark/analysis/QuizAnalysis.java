package dev.quizmark.analysis;

import dev.quizmark.quiz.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Moodle's quiz statistics report for one set of analysed attempts: the test's figures and each question's.
 *
 * @param questions in the page's order: the current file's questions, then ids only older versions had
 */
public record QuizAnalysis(TestStatistics test, List<QuestionAnalysis> questions) {

    /** A question to analyse, and whether only versions older than the current file have it. */
    public record Item(Question question, boolean earlierVersionOnly) {
    }

    /**
     * @param maxMark  the quiz's maximum mark (the current version's), for intended weights and percentages
     * @param sittings the analysed attempts (by Moodle's choice: first attempts, or all)
     */
    public static QuizAnalysis of(List<Item> items, double maxMark, List<Sitting> sittings) {
        List<QuestionAnalysis> questions = new ArrayList<>();
        double sumOfMarkVariance = 0;
        double sumOfRoots = 0;
        for (Item item : items) {
            List<Double> marks = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            List<List<String>> responses = new ArrayList<>();
            for (Sitting sitting : sittings) {
                Sitting.Answered answered = sitting.answers().get(item.question().id());
                if (answered != null) {
                    marks.add(answered.mark());
                    totals.add(sitting.total());
                    responses.add(answered.response());
                }
            }
            QuestionAnalysis q = QuestionAnalysis.of(item.question(), item.earlierVersionOnly(), maxMark, marks, totals, responses);
            if (q.markVariance() != null) {
                sumOfMarkVariance += q.markVariance();
            }
            if (q.covarianceWithTotal() != null && q.covarianceWithTotal() >= 0) {
                sumOfRoots += Math.sqrt(q.covarianceWithTotal());
            }
            questions.add(q);
        }
        List<QuestionAnalysis> weighted = new ArrayList<>();
        for (QuestionAnalysis q : questions) {
            boolean known = sumOfRoots != 0 && q.covarianceWithTotal() != null && !q.negativeCovariance();
            weighted.add(q.withEffectiveWeight(known ? 100 * Math.sqrt(q.covarianceWithTotal()) / sumOfRoots : null));
        }
        TestStatistics test = TestStatistics.of(sittings.stream().map(Sitting::total).toList(), maxMark, items.size(),
                sumOfMarkVariance);
        return new QuizAnalysis(test, List.copyOf(weighted));
    }
}
