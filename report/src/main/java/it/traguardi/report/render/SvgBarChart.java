package it.traguardi.report.render;

import it.traguardi.report.model.Chart;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A chart of the report model as SVG written by hand, the same for the page and the PDF: one
 * horizontal bar per score, its value written beside it (so it reads without colour), a 100% mark.
 * The text alternative travels with the picture: {@code <title>}, {@code <desc>} and
 * {@code aria-labelledby} for screen readers of the page, {@code alt} for the PDF's Figure tag.
 */
public final class SvgBarChart {

    private static final int WIDTH = 900;
    private static final int LABEL = 380;
    private static final int ROW = 24;
    private static final int TOP = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SvgBarChart() {
    }

    public static String svg(Chart chart) {
        var height = TOP * 2 + ROW * Math.max(1, chart.bars().size());
        var scale = chart.bars().stream().map(Chart.Bar::percent).reduce(HUNDRED, BigDecimal::max).doubleValue();
        var room = WIDTH - LABEL - 90.0;
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(chart.key()).append("-title ").append(chart.key())
                .append("-desc\" alt=\"").append(escape(chart.title() + ". " + chart.description())).append("\">");
        out.append("<title id=\"").append(chart.key()).append("-title\">").append(escape(chart.title())).append("</title>");
        out.append("<desc id=\"").append(chart.key()).append("-desc\">").append(escape(chart.description())).append("</desc>");
        for (int i = 0; i < chart.bars().size(); i++) {
            var bar = chart.bars().get(i);
            var y = TOP + i * ROW;
            var length = Math.max(0, bar.percent().doubleValue()) / scale * room;
            text(out, LABEL - 6, y + 16, "end", shorten(bar.label()));
            out.append("<rect class=\"bar\" fill=\"#0066cc\" x=\"").append(LABEL).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(number(length)).append("\" height=\"16\"/>");
            text(out, LABEL + length + 6, y + 16, "start", bar.value().shown());
        }
        var full = LABEL + HUNDRED.doubleValue() / scale * room;
        line(out, LABEL, TOP, LABEL, height - TOP);
        line(out, full, TOP, full, height - TOP);
        return out.append("</svg>").toString();
    }

    private static void text(StringBuilder out, double x, double y, String anchor, String text) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-family=\"Titillium Web\" font-size=\"13\" fill=\"#1a1a1a\">")
                .append(escape(text)).append("</text>");
    }

    private static void line(StringBuilder out, double x1, double y1, double x2, double y2) {
        out.append("<line class=\"axis\" stroke=\"#555555\" x1=\"").append(number(x1)).append("\" y1=\"")
                .append(number(y1)).append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\"/>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String shorten(String label) {
        return label.length() <= 60 ? label : label.substring(0, 59) + "…";
    }
}
