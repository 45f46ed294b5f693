package it.traguardi.web.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Horizontal bars, one per part, each labelled with its value: the contributions (points) of the
 * parts of a score. The value is written beside every bar, so the chart reads without colour.
 */
public final class BarChart {

    /** One bar: its label, its value and the value as written. */
    public record Bar(String label, BigDecimal value, String shown) {
    }

    private static final int WIDTH = 720;
    private static final int LABEL = 300;
    private static final int ROW = 32;
    private static final int TOP = 10;

    private BarChart() {
    }

    /** The SVG; {@code scale} is the value of a full-width bar (100 points for contributions). */
    public static String svg(String id, String title, String description, List<Bar> bars, BigDecimal scale) {
        var height = TOP * 2 + ROW * Math.max(1, bars.size());
        var out = Svg.open(id, WIDTH, height, title, description);
        var room = WIDTH - LABEL - 80.0;
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            var y = TOP + i * ROW;
            var length = Math.max(0, bar.value().doubleValue()) / scale.doubleValue() * room;
            Svg.text(out, LABEL - 8, y + 20, "end", shorten(bar.label()));
            out.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y + 6)
                    .append("\" width=\"").append(Svg.number(length)).append("\" height=\"20\"/>");
            Svg.text(out, LABEL + length + 6, y + 20, "start", bar.shown());
        }
        Svg.line(out, LABEL, TOP, LABEL, height - TOP, "axis");
        return out.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "…";
    }
}
