package dev.quizmark.instructor;

import io.quarkus.qute.TemplateExtension;

/**
 * The score distribution as an inline SVG bar chart (no chart library, no script), built from numbers only;
 * the one text it carries, the title, is escaped here because templates print the result with {@code .raw}.
 * Screen readers get the title and a {@code <desc>} with every band's count; pages also offer a table.
 */
final class HistogramSvg {

    /** Bar width, gap and chart height of the full chart on a quiz's results page, and of the compact one. */
    private record Size(int bar, int gap, int height, boolean labels) {
    }

    private static final Size FULL = new Size(28, 6, 120, true);
    private static final Size COMPACT = new Size(8, 2, 24, false);

    private HistogramSvg() {
    }

    /** The full chart with counts and band labels; one per page, so a fixed id. */
    static String render(int[] bands, String title) {
        return render(bands, title, "histogram", FULL);
    }

    /** The full chart of a quiz's results page. */
    @TemplateExtension
    static String chart(ScoreStatistics stats, String title) {
        return render(stats.histogram(), title);
    }

    /** A small chart for a table cell: bars only, ids made unique per quiz. */
    @TemplateExtension
    static String compactHistogram(ScoreStatistics stats, String title, String quizId) {
        return render(stats.histogram(), title, "histogram-" + quizId, COMPACT);
    }

    private static String render(int[] bands, String title, String id, Size size) {
        int max = 1;
        for (int count : bands) {
            max = Math.max(max, count);
        }
        int labels = size.labels() ? 14 : 0;
        int width = bands.length * (size.bar() + size.gap()) + size.gap();
        int height = size.height() + 2 * labels + (size.labels() ? 8 : 2);
        String titleId = escape(id) + "-title";
        String descId = escape(id) + "-desc";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ')
                .append(descId).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                .append(size.labels() ? "100%" : String.valueOf(width * 2)).append("\" style=\"max-width:").append(width * 2)
                .append("px\"><title id=\"").append(titleId).append("\">").append(escape(title)).append("</title><desc id=\"")
                .append(descId).append("\">").append(description(bands)).append("</desc>");
        for (int i = 0; i < bands.length; i++) {
            int h = (int) Math.round((double) bands[i] / max * size.height());
            int x = size.gap() + i * (size.bar() + size.gap());
            int top = labels + size.height() - h;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(size.bar())
                    .append("\" height=\"").append(h).append("\" fill=\"#0b57d0\"/>");
            if (size.labels()) {
                svg.append("<text x=\"").append(x + size.bar() / 2).append("\" y=\"").append(top - 4)
                        .append("\" font-size=\"10\" text-anchor=\"middle\">").append(bands[i]).append("</text>")
                        .append("<text x=\"").append(x + size.bar() / 2).append("\" y=\"").append(labels + size.height() + 14)
                        .append("\" font-size=\"9\" text-anchor=\"middle\">").append(i * 10).append("</text>");
            }
        }
        // A baseline so an empty chart still reads as a chart.
        svg.append("<line x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(labels + size.height()).append("\" y2=\"")
                .append(labels + size.height()).append("\" stroke=\"#57606a\" stroke-width=\"1\"/>");
        return svg.append("</svg>").toString();
    }

    /** "0–9: 0, 10–19: 2, …, 90–100: 1": the same numbers as the bars, for those who cannot see them. */
    private static String description(int[] bands) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bands.length; i++) {
            text.append(i == 0 ? "" : ", ").append(i * 10).append('–').append(i == bands.length - 1 ? 100 : i * 10 + 9)
                    .append(": ").append(bands[i]);
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
