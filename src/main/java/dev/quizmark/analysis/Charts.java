package dev.quizmark.analysis;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the item-analysis pictures, drawn as SVG by the statistics template (which escapes every text):
 * a scatter of facility (x, 0–100 %) against discrimination index (y, −100–100 %) with one dot per question, and
 * per question horizontal bars of how often each response was given. Numbers only; no chart library.
 */
public final class Charts {

    public static final int WIDTH = 520;
    public static final int HEIGHT = 340;
    public static final int LEFT = 56;
    public static final int TOP = 16;
    public static final int PLOT_WIDTH = 440;
    public static final int PLOT_HEIGHT = 280;

    /** @param x,y position in the SVG; {@code number} is the question's position on the page (1-based) */
    public record Dot(int number, String id, String title, double x, double y, boolean dubious) {
        public double labelX() {
            return x + 8;
        }

        public double labelY() {
            return y - 6;
        }
    }

    /** @param at position along the axis; {@code textAt} where its label goes, across the axis */
    public record Tick(double at, double textAt, String label) {
        public double labelAt() {
            return at + 4;
        }
    }

    /** @param width bar length in px of {@link #BAR_SPACE}; y its top */
    public record Bar(ResponseAnalysis response, int y, double width) {
        public double textX() {
            return width + 4;
        }

        public int textY() {
            return y + 12;
        }
    }

    public static final int BAR_SPACE = 240;
    public static final int BAR_ROW = 22;

    private Charts() {
    }

    /** Questions with both a facility and a discrimination index; the others cannot be placed. */
    public static List<Dot> dots(QuizAnalysis analysis) {
        List<Dot> dots = new ArrayList<>();
        List<QuestionAnalysis> questions = analysis.questions();
        for (int i = 0; i < questions.size(); i++) {
            QuestionAnalysis q = questions.get(i);
            if (q.facility() != null && q.discriminationIndex() != null) {
                double x = LEFT + clamp(q.facility(), 0, 1) * PLOT_WIDTH;
                double y = TOP + (100 - clamp(q.discriminationIndex(), -100, 100)) / 200 * PLOT_HEIGHT;
                dots.add(new Dot(i + 1, q.question().id(), q.question().title(), round(x), round(y), q.dubious()));
            }
        }
        return dots;
    }

    public static List<Tick> xTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new Tick(LEFT + p / 100.0 * PLOT_WIDTH, TOP + PLOT_HEIGHT + 16, p + " %"));
        }
        return ticks;
    }

    public static List<Tick> yTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int d = 100; d >= -100; d -= 50) {
            ticks.add(new Tick(TOP + (100 - d) / 200.0 * PLOT_HEIGHT, LEFT - 6, d + " %"));
        }
        return ticks;
    }

    @TemplateExtension
    public static List<Bar> bars(QuestionAnalysis question) {
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (ResponseAnalysis r : question.responses()) {
            bars.add(new Bar(r, y, round(r.frequency() * BAR_SPACE)));
            y += BAR_ROW;
        }
        return bars;
    }

    @TemplateExtension
    public static int barsHeight(QuestionAnalysis question) {
        return question.responses().size() * BAR_ROW + 8;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
