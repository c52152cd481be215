package dev.quizmark.instructor;

/** The score distribution as an inline SVG bar chart, built from numbers only (labels are escaped). */
final class HistogramSvg {

    private static final int BAR = 28;
    private static final int GAP = 6;
    private static final int HEIGHT = 120;

    private HistogramSvg() {
    }

    static String render(int[] bands, String title) {
        int max = 1;
        for (int count : bands) {
            max = Math.max(max, count);
        }
        int width = bands.length * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"histogram-title\" viewBox=\"0 0 ")
                .append(width).append(' ').append(HEIGHT + 36).append("\" width=\"100%\" style=\"max-width:").append(width * 2)
                .append("px\"><title id=\"histogram-title\">").append(escape(title)).append("</title>");
        for (int i = 0; i < bands.length; i++) {
            int h = (int) Math.round((double) bands[i] / max * HEIGHT);
            int x = GAP + i * (BAR + GAP);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT - h + 14).append("\" width=\"").append(BAR)
                    .append("\" height=\"").append(h).append("\" fill=\"#0b57d0\"/>")
                    .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(HEIGHT - h + 10)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(bands[i]).append("</text>")
                    .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(HEIGHT + 28)
                    .append("\" font-size=\"9\" text-anchor=\"middle\">").append(i * 10).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
