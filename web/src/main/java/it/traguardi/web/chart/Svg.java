package it.traguardi.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writing SVG by hand: escaped text, coordinates with one decimal, the accessible frame. */
final class Svg {

    private Svg() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The opening tag with role img and its title and description, which screen readers announce. */
    static StringBuilder open(String id, int width, int height, String title, String description) {
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        return out;
    }

    static void text(StringBuilder out, double x, double y, String anchor, String text) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\">").append(escape(text)).append("</text>");
    }

    static void line(StringBuilder out, double x1, double y1, double x2, double y2, String css) {
        out.append("<line class=\"").append(css).append("\" x1=\"").append(number(x1)).append("\" y1=\"")
                .append(number(y1)).append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\"/>");
    }
}
