package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HistogramSvgTest {

    private static final Pattern HEIGHT = Pattern.compile("<rect [^>]*height=\"(\\d+)\"");

    private static List<Integer> barHeights(String svg) {
        Matcher m = HEIGHT.matcher(svg);
        List<Integer> heights = new java.util.ArrayList<>();
        while (m.find()) {
            heights.add(Integer.parseInt(m.group(1)));
        }
        return heights;
    }

    @Test
    void barsAreScaledToTheFullestBandAndDescribedInText() {
        String svg = HistogramSvg.render(new int[] {0, 0, 0, 0, 1, 0, 2, 0, 4, 1}, "R2 지연");
        // full chart height is 120: 4 students → 120, 2 → 60, 1 → 30
        assertEquals(List.of(0, 0, 0, 0, 30, 0, 60, 0, 120, 30), barHeights(svg));
        assertTrue(svg.contains("<desc id=\"histogram-desc\">0–9: 0, 10–19: 0, 20–29: 0, 30–39: 0, 40–49: 1, 50–59: 0, 60–69: 2,"
                + " 70–79: 0, 80–89: 4, 90–100: 1</desc>"), svg);
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"histogram-title histogram-desc\""), svg);
    }

    @Test
    void theTitleIsEscapedBecauseTheSvgIsPrintedRaw() {
        String svg = HistogramSvg.render(new int[10], "<script>alert('x')</script> & \"q\"");
        assertTrue(svg.contains("<title id=\"histogram-title\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</title>"), svg);
        assertFalse(svg.contains("<script>"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), barHeights(svg));
    }

    @Test
    void compactChartsGetIdsOfTheirOwnAndNoLabels() {
        ScoreStatistics stats = ScoreStatistics.of(List.of(95.0, 15.0), List.of(true, false));
        String svg = HistogramSvg.compactHistogram(stats, "퀴즈", "deepseek-r2-delay");
        assertTrue(svg.contains("aria-labelledby=\"histogram-deepseek-r2-delay-title histogram-deepseek-r2-delay-desc\""), svg);
        assertFalse(svg.contains("<text"));
        assertEquals(List.of(0, 24, 0, 0, 0, 0, 0, 0, 0, 24), barHeights(svg));
    }
}
