package it.traguardi.web.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values over the years, one line per series (baselines, targets, actuals). Each series has its
 * own marker shape and dash as well as its colour, and the legend names them, so it reads without
 * colour; the page gives the same data as a table.
 */
public final class LineChart {

    /** One series: its name, its style ({@code baseline}, {@code target}, {@code actual}) and its points by year. */
    public record Series(String name, String style, Map<Integer, BigDecimal> points) {

        public Series {
            points = Map.copyOf(points);
        }
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 96;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;

    private LineChart() {
    }

    public static String svg(String id, String title, String description, List<Integer> years, List<Series> series,
            java.util.function.Function<BigDecimal, String> format) {
        var out = Svg.open(id, WIDTH, HEIGHT, title, description);
        var values = series.stream().flatMap(s -> s.points().values().stream()).toList();
        var low = values.stream().reduce(BigDecimal.ZERO, BigDecimal::min).doubleValue();
        var high = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max).doubleValue();
        var scale = new Scale(years, low, high == low ? low + 1 : high);
        axes(out, scale, format);
        for (int i = 0; i < series.size(); i++) {
            draw(out, scale, series.get(i));
            legend(out, i, series.get(i));
        }
        return out.append("</svg>").toString();
    }

    private record Scale(List<Integer> years, double low, double high) {

        double x(int year) {
            var step = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, years.size());
            return LEFT + step * (years.indexOf(year) + 0.5);
        }

        double y(double value) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low);
        }
    }

    private static void axes(StringBuilder out, Scale scale, java.util.function.Function<BigDecimal, String> format) {
        Svg.line(out, LEFT, scale.y(scale.high()), LEFT, scale.y(scale.low()), "axis");
        Svg.line(out, LEFT, scale.y(scale.low()), WIDTH - RIGHT, scale.y(scale.low()), "axis");
        for (var value : new double[] {scale.low(), (scale.low() + scale.high()) / 2, scale.high()}) {
            Svg.text(out, LEFT - 6, scale.y(value) + 4, "end", format.apply(BigDecimal.valueOf(value)));
            Svg.line(out, LEFT, scale.y(value), WIDTH - RIGHT, scale.y(value), "grid");
        }
        scale.years().forEach(year -> Svg.text(out, scale.x(year), HEIGHT - BOTTOM + 20, "middle", year.toString()));
    }

    private static void draw(StringBuilder out, Scale scale, Series series) {
        var points = new ArrayList<String>();
        for (var year : scale.years()) {
            var value = series.points().get(year);
            if (Objects.nonNull(value)) {
                points.add(Svg.number(scale.x(year)) + "," + Svg.number(scale.y(value.doubleValue())));
            }
        }
        out.append("<g class=\"series series-").append(series.style()).append("\">");
        if (points.size() > 1) {
            out.append("<polyline points=\"").append(String.join(" ", points)).append("\"/>");
        }
        points.forEach(p -> marker(out, series.style(), p));
        out.append("</g>");
    }

    private static void marker(StringBuilder out, String style, String point) {
        var xy = point.split(",");
        double x = Double.parseDouble(xy[0]);
        double y = Double.parseDouble(xy[1]);
        switch (style) {
            case "target" -> out.append("<rect x=\"").append(Svg.number(x - 5)).append("\" y=\"")
                    .append(Svg.number(y - 5)).append("\" width=\"10\" height=\"10\"/>");
            case "actual" -> out.append("<polygon points=\"").append(Svg.number(x)).append(',').append(Svg.number(y - 7))
                    .append(' ').append(Svg.number(x - 6)).append(',').append(Svg.number(y + 5)).append(' ')
                    .append(Svg.number(x + 6)).append(',').append(Svg.number(y + 5)).append("\"/>");
            default -> out.append("<circle cx=\"").append(Svg.number(x)).append("\" cy=\"").append(Svg.number(y))
                    .append("\" r=\"5\"/>");
        }
    }

    private static void legend(StringBuilder out, int index, Series series) {
        var x = LEFT + index * 200.0;
        out.append("<g class=\"series series-").append(series.style()).append("\">");
        Svg.line(out, x, 16, x + 30, 16, "legend-line");
        marker(out, series.style(), Svg.number(x + 15) + "," + 16);
        out.append("</g>");
        Svg.text(out, x + 38, 21, "start", series.name());
    }
}
