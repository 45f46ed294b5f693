package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.SpreadsheetCell;
import it.traguardi.exchange.alberatura.AlberaturaWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ListDataValidation;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Il modello XLSX del piano: the alberatura as a spreadsheet, one row of the sheet {@value #SHEET}
 * per line of the TSV (the same twelve columns A-L, title and header rows included), so that it
 * is read back through the TSV reader and its checks, line n being row n. Two columns more help
 * whoever fills it: M, the unit, and N, the kind of target, each with a drop-down list, applied to
 * the bare numbers of the row's baselines and targets ({@link PlanWorkbookReader}). Text cells
 * pass through {@link SpreadsheetCell#neutralise} as in the TSV.
 */
public final class PlanWorkbook {

    static final String SHEET = "Piano";
    static final String LISTS = "Elenchi";
    /** Columns A-L of the alberatura, then the unit and the kind of target. */
    static final int COLUMNS = 14;
    static final int UNIT = 12;
    static final int KIND = 13;
    /** The units of the measures and the kinds of target offered in the drop-down lists. */
    static final List<String> UNITS = List.of("N.", "%", "gg", "€", "data", "SI/NO");
    static final List<String> KINDS = List.of("≥", "≤", "=", "entro", "SI/NO");
    /** The rows a template offers to fill, with their lists and formats. */
    private static final int TEMPLATE_ROWS = 500;
    private static final String TITLE = "Integra_Report_Alberatura della pianificazione";
    /** The header row the template writes, one name per column. */
    static final List<String> HEADER = List.of("Ambito", "Obiettivo strategico",
            "Obiettivo Operativo / Indicatori OS", "Indicatori", "Argomento", "BASE LINE", "", "", "TARGET", "", "", "",
            "Unità", "Tipo di target");

    private PlanWorkbook() {
    }

    /** A stored plan as a filled template: its rows as its alberatura export writes them. */
    public static byte[] of(Plan plan) {
        var lines = new ArrayList<>(Arrays.asList(AlberaturaWriter.write(plan).split("\n", -1)));
        while (!lines.isEmpty() && lines.getFirst().isEmpty()) {
            lines.removeFirst();
        }
        return write(lines, new TemplateMark(TemplateMark.PLAN, plan.entity(), Integer.toString(plan.year()), ""));
    }

    /**
     * An empty template for a new plan: the title row (with the entity and year when given), the
     * header, the years of the baselines (the three before the plan's) and targets (its three), and
     * the rows to fill.
     */
    public static byte[] blank(String entity, Integer year) {
        var title = TITLE + (entity == null ? "" : entity) + (year == null ? "" : "_" + year);
        var years = new ArrayList<>(List.of("", "", "", "", ""));
        for (int offset : new int[] {-3, -2, -1, 0, 1, 2}) {
            years.add(year == null ? "" : Integer.toString(year + offset));
        }
        years.add("");
        var lines = List.of(title, "", String.join("\t", HEADER.subList(0, 12)), String.join("\t", years));
        return write(lines, new TemplateMark(TemplateMark.PLAN, entity == null ? "" : entity,
                year == null ? "" : year.toString(), ""));
    }

    private static byte[] write(List<String> lines, TemplateMark mark) {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Traguardi", "1.0")) {
            var sheet = workbook.newWorksheet(SHEET);
            var lists = workbook.newWorksheet(LISTS);
            mark.write(workbook);
            int header = rows(sheet, lines);
            layout(sheet, lists, header, Math.max(lines.size(), header + 2) + TEMPLATE_ROWS);
            lists.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the lines as rows; returns the 0-based row of the first header (0 when none). */
    private static int rows(Worksheet sheet, List<String> lines) {
        int header = -1;
        for (int r = 0; r < lines.size(); r++) {
            var cells = lines.get(r).split("\t", -1);
            boolean isHeader = cells[0].equals(HEADER.getFirst());
            if (isHeader && header < 0) {
                header = r;
            }
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    sheet.value(r, c, cells[c]);
                }
            }
            if (isHeader) {
                sheet.value(r, UNIT, HEADER.get(UNIT));
                sheet.value(r, KIND, HEADER.get(KIND));
                sheet.range(r, 0, r, KIND).style().bold().fillColor("DDEBF7").set();
            }
        }
        return Math.max(header, 0);
    }

    /** Frozen header, widths, Italian number formats, and the drop-down lists of units and kinds. */
    private static void layout(Worksheet sheet, Worksheet lists, int header, int last) {
        sheet.freezePane(0, header + 2);
        double[] widths = {10, 40, 40, 40, 10, 14, 14, 14, 18, 18, 18, 4, 10, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        int first = header + 2;
        sheet.range(first, 5, last, 10).style().format("#,##0.##").set();
        for (int i = 0; i < UNITS.size(); i++) {
            lists.value(i, 0, UNITS.get(i));
        }
        for (int i = 0; i < KINDS.size(); i++) {
            lists.value(i, 1, KINDS.get(i));
        }
        list(sheet.range(first, UNIT, last, UNIT).validateWithList(lists.range(0, 0, UNITS.size() - 1, 0)));
        list(sheet.range(first, KIND, last, KIND).validateWithList(lists.range(0, 1, KINDS.size() - 1, 1)));
    }

    /** A list that refuses what it does not offer, saying so in Italian (the template's language). */
    private static void list(ListDataValidation validation) {
        validation.allowBlank(true).showDropdown(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
                .errorTitle("Valore non in elenco").error("Scegliere un valore dall'elenco (o lasciare la cella vuota)");
    }
}
