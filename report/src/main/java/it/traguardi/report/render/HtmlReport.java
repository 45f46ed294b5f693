package it.traguardi.report.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import it.traguardi.core.i18n.Messages;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.Column;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.ReportSection;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A report as an HTML document, from the one template set ({@code src/main/jte/report/}): a
 * complete page with its language, title and description, headings, tables with column headers,
 * charts as inline SVG with their text alternative. It is the source of the PDF, and the pages of
 * the web application show the same template's {@linkplain #body body} within their own frame.
 */
public final class HtmlReport {

    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "it.traguardi.report.jte");
    private static final String CSS = resource("report.css");

    private HtmlReport() {
    }

    public static String render(Report report, Messages m) {
        var out = new StringOutput();
        ENGINE.render("report/report.jte", Map.of("report", report, "m", m, "css", CSS), out);
        return out.toString();
    }

    /**
     * The report's content without its document, title and description ({@code report/body.jte}):
     * what a page of the web application shows under its own heading, with its own style sheet (its
     * content security policy allows no inline style).
     */
    public static String body(Report report, Messages m) {
        var out = new StringOutput();
        ENGINE.render("report/body.jte", Map.of("report", report, "m", m, "heading", false), out);
        return out.toString();
    }

    /** The class of a cell: numbers and days right-aligned. */
    public static String cssClass(Cell cell) {
        return switch (cell) {
            case Cell.Amount a -> "num";
            case Cell.Count c -> "num";
            case Cell.Day d -> "day";
            case Cell.NotAvailable n -> "num";
            case Cell.Text t -> "text";
            case Cell.Blank b -> "text";
        };
    }

    /** A column's share of its table's width, in percent with one decimal, from the model's widths. */
    public static String widthPercent(ReportSection section, Column column) {
        var total = section.columns().stream().mapToInt(Column::width).sum();
        return BigDecimal.valueOf(column.width() * 100.0 / total)
                .setScale(1, RoundingMode.HALF_DOWN).toPlainString();
    }

    /** The classes of a row: its kind and its depth in the tree. */
    public static String cssClass(ReportRow row) {
        return row.kind().name().toLowerCase(Locale.ROOT) + " level-" + row.level();
    }

    static String resource(String name) {
        try (var in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
