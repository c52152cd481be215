package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixed fixtures whose values were computed by hand. */
class StatisticsTest {

    @Test
    void scoreSummary() {
        // scores 40, 60, 80, 100: mean 70; median (60+80)/2 = 70; deviations -30,-10,10,30 -> squares 900+100+100+900 = 2000;
        // sample variance 2000/3 = 666.67; sd = 25.8199
        ScoreStatistics s = ScoreStatistics.of(List.of(100.0, 40.0, 80.0, 60.0), List.of(true, false, true, false));
        assertEquals(4, s.count());
        assertEquals(70.0, s.mean(), 1e-9);
        assertEquals(70.0, s.median(), 1e-9);
        assertEquals(25.8199, s.standardDeviation(), 1e-4);
        assertEquals(50.0, s.passRate(), 1e-9);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 0, 1, 0, 1, 1}, s.histogram());
        assertEquals(1, s.maxBand());
        assertEquals("0–9", s.bandLabel(0));
        assertEquals("90–100", s.bandLabel(9));
    }

    @Test
    void oddCountMedianAndEmptySet() {
        assertEquals(50.0, ScoreStatistics.of(List.of(90.0, 10.0, 50.0), List.of(true, false, false)).median(), 1e-9);
        ScoreStatistics none = ScoreStatistics.of(List.of(), List.of());
        assertEquals(0, none.count());
        // No data is "—" on the pages, not 0.
        assertNull(none.mean());
        assertNull(none.passRate());
        assertNull(ScoreStatistics.of(List.of(80.0), List.of(true)).standardDeviation());
    }

    @Test
    void facilityAndDiscrimination() {
        // question 1,1,0,0 vs rest 0.9,0.7,0.3,0.1: means 0.5 and 0.5; dx = .5,.5,-.5,-.5; dy = .4,.2,-.2,-.4
        // sxy = .2+.1+.1+.2 = .6; sxx = 1; syy = .16+.04+.04+.16 = .4; r = .6/sqrt(.4) = 0.9487
        ItemStatistics item = ItemStatistics.of(List.of(1.0, 1.0, 0.0, 0.0), List.of(0.9, 0.7, 0.3, 0.1));
        assertEquals(0.5, item.facility(), 1e-9);
        assertEquals(0.9487, item.discrimination(), 1e-4);
        assertEquals(List.of(), item.flags());
    }

    @Test
    void flagsExtremeFacilityAndLowDiscrimination() {
        ItemStatistics everyone = ItemStatistics.of(List.of(1.0, 1.0, 1.0), List.of(0.2, 0.5, 0.9));
        assertEquals(List.of("tooEasy"), everyone.flags());
        assertNull(everyone.discrimination());
        // the weak students get it right, the strong ones wrong: negative discrimination
        ItemStatistics inverted = ItemStatistics.of(List.of(1.0, 0.0, 0.0, 1.0), List.of(0.1, 0.9, 0.8, 0.2));
        assertEquals(List.of("lowDiscrimination"), inverted.flags());
        assertEquals(List.of("tooHard"), ItemStatistics.of(List.of(0.0, 0.0, 0.0, 0.5, 0.0, 0.0), List.of(0.1, 0.2, 0.3, 0.9, 0.4, 0.5)).flags().subList(0, 1));
    }
}
