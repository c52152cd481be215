package dev.quizmark.live;

import java.util.List;

/**
 * How the room answered one question, as an inline SVG bar chart for the projector: one bar per choice (or
 * right / wrong), its count above it, its label below with a check mark on the right ones, so colour is never
 * the only cue. Labels are escaped here because templates print the result raw.
 */
final class DistributionSvg {

    /** One bar. */
    record Bar(String label, long count, boolean correct) {
    }

    private static final int BAR = 80;
    private static final int GAP = 30;
    private static final int HEIGHT = 200;
    private static final int TEXT = 34;

    private DistributionSvg() {
    }

    static String render(List<Bar> bars, String title) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        int width = bars.size() * (BAR + GAP) + GAP;
        int height = HEIGHT + 2 * TEXT + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"dist-title dist-desc\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" class=\"distribution\"><title id=\"dist-title\">")
                .append(QrCodeSvg.escape(title)).append("</title><desc id=\"dist-desc\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            svg.append(i == 0 ? "" : ", ").append(QrCodeSvg.escape(bar.label())).append(bar.correct() ? " ✓" : "").append(": ").append(bar.count());
        }
        svg.append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int h = (int) Math.round((double) bar.count() / max * HEIGHT);
            int x = GAP + i * (BAR + GAP);
            int top = TEXT + HEIGHT - h;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(BAR)
                    .append("\" height=\"").append(h).append("\" fill=\"").append(bar.correct() ? "#0a6b2d" : "#57606a").append("\"/>")
                    .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(top - 6)
                    .append("\" font-size=\"28\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000\">").append(bar.count()).append("</text>")
                    .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(TEXT + HEIGHT + 30)
                    .append("\" font-size=\"26\" text-anchor=\"middle\" fill=\"#000\">").append(QrCodeSvg.escape(bar.label()))
                    .append(bar.correct() ? " ✓" : "").append("</text>");
        }
        svg.append("<line x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(TEXT + HEIGHT).append("\" y2=\"")
                .append(TEXT + HEIGHT).append("\" stroke=\"#000\" stroke-width=\"2\"/>");
        return svg.append("</svg>").toString();
    }
}
