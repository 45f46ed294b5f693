package it.traguardi.report.render;

import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.exchange.SpreadsheetCell;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Fact;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportSection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an XLSX workbook: a sheet {@code Sintesi} with what the report is and its facts, then
 * one sheet per section, its header row bold and frozen, columns as wide as the model says. Numbers
 * and days are real numbers and dates in their cells, shown with Italian formats (percentages as
 * percentages, {@code #.##0 "N."}, {@code dd-mm-yyyy}); N/D is the text {@code N/D}, never 0. A text
 * that a spreadsheet would run as a formula ({@code = + - @}) gets the leading {@code '} of every
 * file Traguardi writes ({@link SpreadsheetCell#neutralise}).
 */
public final class XlsxReport {

    private static final int MAX_SCALE = 6;

    private XlsxReport() {
    }

    public static byte[] render(Report report) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Traguardi", "1.0");
            var names = new HashSet<String>();
            summary(workbook.newWorksheet(sheetName(summaryTitle(report), names)), report);
            for (var section : report.sections()) {
                section(workbook.newWorksheet(sheetName(section.title(), names)), section);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String summaryTitle(Report report) {
        return "it".equals(report.language()) ? "Sintesi" : "Summary";
    }

    private static void summary(Worksheet sheet, Report report) {
        sheet.width(0, 36);
        sheet.width(1, 90);
        sheet.value(0, 0, SpreadsheetCell.neutralise(report.title()));
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, SpreadsheetCell.neutralise(report.description()));
        int row = 3;
        for (Fact fact : report.facts()) {
            sheet.value(row, 0, SpreadsheetCell.neutralise(fact.label()));
            sheet.style(row, 0).bold().set();
            cell(sheet, row, 1, fact.value());
            row++;
        }
    }

    private static void section(Worksheet sheet, ReportSection section) {
        var columns = section.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
            sheet.value(0, c, SpreadsheetCell.neutralise(columns.get(c).label()));
            sheet.style(0, c).bold().fillColor("E6ECF2").wrapText(true).set();
        }
        sheet.freezePane(0, 1);
        var rows = section.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                cell(sheet, r + 1, c, cells.get(c));
            }
        }
    }

    private static void cell(Worksheet sheet, int row, int column, Cell cell) {
        switch (cell) {
            case Cell.Text t -> sheet.value(row, column, SpreadsheetCell.neutralise(t.text()));
            case Cell.Amount a -> {
                var percent = a.unit() == Unit.PERCENT;
                sheet.value(row, column, percent ? a.number().movePointLeft(2) : a.number());
                sheet.style(row, column).format(format(a)).set();
            }
            case Cell.Count c -> {
                sheet.value(row, column, c.count());
                sheet.style(row, column).format("#,##0").set();
            }
            case Cell.Day d -> {
                sheet.value(row, column, d.date());
                sheet.style(row, column).format("dd-mm-yyyy").set();
            }
            case Cell.NotAvailable n -> sheet.value(row, column, ItalianFormat.NOT_AVAILABLE);
            case Cell.Blank b -> {
            }
        }
    }

    /** The number format of an amount: its own decimals (up to six), its unit after it. */
    static String format(Cell.Amount amount) {
        var scale = Math.min(MAX_SCALE, Math.max(0, amount.number().stripTrailingZeros().scale()));
        if (amount.unit() == Unit.PERCENT) {
            scale = Math.max(2, scale);
        }
        var number = "#,##0" + (scale == 0 ? "" : "." + "0".repeat(scale));
        return switch (amount.unit()) {
            case PERCENT -> number + "%";
            case COUNT -> number + "\" N.\"";
            case DAYS -> number + "\" gg\"";
            case EURO -> number + "\" €\"";
            case DATE, YES_NO, UNSPECIFIED -> number;
        };
    }

    /** A sheet name as spreadsheets allow: at most 31 characters, none of {@code []:*?/\}, unique. */
    static String sheetName(String title, Set<String> taken) {
        var base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        base = base.length() > 31 ? base.substring(0, 31).strip() : base;
        var name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            var suffix = " " + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
