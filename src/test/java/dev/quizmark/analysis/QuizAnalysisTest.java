package dev.quizmark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.AttemptGrader;
import dev.quizmark.attempt.FixtureQuizzes;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moodle's figures on {@link AnalysisFixture}, graded by the app's grader, against values computed independently. */
class QuizAnalysisTest {

    private static final double EPS = 1e-6;

    private final Quiz quiz = FixtureQuizzes.parsed(FixtureQuizzes.quiz(s -> s));
    private final QuizAnalysis analysis = analyse(quiz, AnalysisFixture.ANSWERS);

    static QuizAnalysis analyse(Quiz quiz, List<Map<String, List<String>>> answers) {
        return QuizAnalysis.of(quiz.questions().stream().map(q -> new QuizAnalysis.Item(q, false)).toList(),
                quiz.maxPoints(), sittings(quiz, answers));
    }

    /** Each student's answers graded by the app's grader. */
    static List<Sitting> sittings(Quiz quiz, List<Map<String, List<String>>> answers) {
        List<Sitting> sittings = new ArrayList<>();
        long id = 1;
        for (Map<String, List<String>> given : answers) {
            Map<String, Sitting.Answered> answered = new HashMap<>();
            double total = 0;
            for (Question q : quiz.questions()) {
                List<String> response = given.getOrDefault(q.id(), List.of());
                double mark = AttemptGrader.grade(q, response).points();
                answered.put(q.id(), new Sitting.Answered(mark, response));
                total += mark;
            }
            sittings.add(new Sitting(id++, total, answered));
        }
        return sittings;
    }

    private QuestionAnalysis question(String id) {
        return analysis.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theGraderGivesTheFixturesMarks() {
        List<Sitting> sittings = sittings(quiz, AnalysisFixture.ANSWERS);
        for (int i = 0; i < sittings.size(); i++) {
            assertEquals(AnalysisFixture.TOTALS[i], sittings.get(i).total(), EPS, "student " + (i + 1));
        }
        assertEquals(1.0, sittings.get(1).answers().get("multiple").mark(), EPS);
        assertEquals(0.0, sittings.get(3).answers().get("multiple").mark(), EPS);
        assertEquals(10, analysis.test().maxMark(), EPS);
    }

    @Test
    void testStatistics() {
        TestStatistics t = analysis.test();
        assertEquals(3.0, t.mean(), EPS);
        assertEquals(2.5, t.median(), EPS);
        assertEquals(1.7888543819998317, t.standardDeviation(), EPS);
        assertEquals(0.9433411780077238, t.skewness(), EPS);
        assertEquals(0.5859375, t.kurtosis(), EPS);
        assertEquals(50.0, t.cic(), EPS);
        assertEquals(70.71067811865476, t.errorRatio(), EPS);
        assertEquals(1.2649110640673518, t.standardError(), EPS);
        assertEquals(30.0, t.percentOf(t.mean()), EPS);
    }

    @Test
    void questionStatistics() {
        check(question("single"), 0.5, 0.547723, 36.115756, 42.857143, 10, 20.319537);
        check(question("multiple"), 1 / 3.0, 0.408248, 86.962636, 100.0, 20, 31.038605);
        check(question("tf"), 2 / 3.0, 0.516398, -7.372098, -9.090909, 10, 11.73149);
        check(question("short"), 2 / 3.0, 0.516398, 42.874646, 62.5, 10, 20.319537);
        check(question("numeric"), 0.5, 0.547723, 11.111111, 14.285714, 10, 16.590832);
        QuestionAnalysis cloze = question("cloze");
        assertEquals(0, cloze.facility(), EPS);
        assertEquals(0, cloze.standardDeviation(), EPS);
        assertNull(cloze.discriminationIndex());
        assertNull(cloze.discriminativeEfficiency());
        assertEquals(20, cloze.intendedWeight(), EPS);
        assertEquals(0, cloze.effectiveWeight(), EPS);
    }

    private static void check(QuestionAnalysis q, double facility, double sd, double discrimination, double efficiency,
            double intended, double effective) {
        String id = q.question().id();
        assertEquals(6, q.attempts(), id);
        assertEquals(facility, q.facility(), EPS, id);
        assertEquals(sd, q.standardDeviation(), 1e-6, id);
        assertEquals(discrimination, q.discriminationIndex(), 1e-6, id);
        assertEquals(efficiency, q.discriminativeEfficiency(), 1e-6, id);
        assertEquals(intended, q.intendedWeight(), EPS, id);
        assertEquals(effective, q.effectiveWeight(), 1e-5, id);
    }

    @Test
    void moodleFlagsLowDiscriminativeEfficiency() {
        assertTrue(question("numeric").dubious());
        assertTrue(question("tf").dubious());
        assertFalse(question("single").dubious());
        assertFalse(question("cloze").dubious());
    }

    @Test
    void randomGuessScoresAsMoodleEstimatesThem() {
        assertEquals(1 / 3.0, question("single").randomGuessScore(), EPS);
        assertNull(question("multiple").randomGuessScore());
        assertEquals(0.5, question("tf").randomGuessScore(), EPS);
        assertEquals(0, question("short").randomGuessScore(), EPS);
        assertEquals(1 / 3.0, question("matching").randomGuessScore(), EPS);
    }

    @Test
    void everyChoiceAndAnswerWithItsFrequencyAndDiscrimination() {
        assertRows(question("single"), List.of(row("a", 3, 0.5, 36.115756), row("b", 2, 1 / 3.0, -51.075392),
                row("c", 1, 1 / 6.0, 16.151457)));
        assertRows(question("multiple"), List.of(row("a", 4, 2 / 3.0, 62.5), row("b", 3, 0.5, 35.355339),
                row("c", 2, 1 / 3.0, -25.0), row(null, 1, 1 / 6.0, -63.245553)));
        assertRows(question("tf"), List.of(row("true", 4, 2 / 3.0, -7.372098), row("false", 2, 1 / 3.0, 7.372098)));
        assertRows(question("short"), List.of(row("aider", 4, 2 / 3.0, 42.874646), row("ader", 2, 1 / 3.0, -42.874646)));
        assertRows(question("numeric"), List.of(row("71.6", 3, 0.5, 11.111111), row("70", 1, 1 / 6.0, 44.72136),
                row(null, 2, 1 / 3.0, -47.140452)));
        // Nobody answered: one "no response" row, without a correlation (everyone is in it).
        assertRows(question("ordering"), List.of(row(null, 6, 1.0, null)));
        // A wrong choice the stronger students pick is suspicious; so is a right one the weaker pick.
        assertTrue(question("single").responses().get(2).suspicious());
        assertTrue(question("tf").responses().get(0).suspicious());
        assertFalse(question("single").responses().get(0).suspicious());
    }

    private record Row(String code, long count, double frequency, Double discrimination) {
    }

    private static Row row(String code, long count, double frequency, Double discrimination) {
        return new Row(code, count, frequency, discrimination);
    }

    private static void assertRows(QuestionAnalysis q, List<Row> expected) {
        List<ResponseAnalysis> rows = q.responses();
        assertEquals(expected.size(), rows.size(), q.question().id() + ": " + rows);
        for (int i = 0; i < rows.size(); i++) {
            Row want = expected.get(i);
            ResponseAnalysis got = rows.get(i);
            String where = q.question().id() + " row " + i;
            assertEquals(want.code(), got.part() == null ? null : got.part().code(), where);
            assertEquals(want.count(), got.count(), where);
            assertEquals(want.frequency(), got.frequency(), EPS, where);
            if (want.discrimination() == null) {
                assertNull(got.discrimination(), where);
            } else {
                assertEquals(want.discrimination(), got.discrimination(), 1e-5, where);
            }
        }
    }
}
