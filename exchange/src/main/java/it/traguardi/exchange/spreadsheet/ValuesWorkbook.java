package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueSlot;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.SpreadsheetCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Il modello XLSX dei valori: for a plan and a period, a row for every measure and every indicator
 * without a formula (what the data-entry page asks for) that has no value yet in the period. The
 * office fills column {@code Valore} (and {@code Motivo} where a value misses its target); the
 * reader ({@link ValuesWorkbookReader}) reads each filled row as a row of the values CSV.
 * Columns: A code, B what it is, C unit, D target of the plan year, E value, F reason.
 */
public final class ValuesWorkbook {

    static final String SHEET = "Valori";
    static final int CODE = 0;
    static final int UNIT = 2;
    static final int VALUE = 4;
    /** How column C names the unit of a date. */
    static final String DATE_UNIT = "data";
    static final int REASON = 5;
    static final int COLUMNS = 6;
    static final List<String> HEADER = List.of("Codice", "Indicatore o misura", "Unità", "Target",
            "Valore", "Motivo");

    /** One row of the template: the code the reader resolves, what it names, its unit and target. */
    public record Row(String code, String label, Unit unit, String target) {
    }

    private ValuesWorkbook() {
    }

    /**
     * The rows still waiting in a period: the plan's {@link ValueSlot}s (every measure of the catalog
     * and of the plan's formulas, by code; then every indicator without a formula, by its code, or
     * {@code #id} when another indicator shares it), leaving out those with a value in {@code recorded}.
     */
    public static List<Row> waiting(Plan plan, Collection<Measure> catalog, Map<ValueTarget, Value> recorded) {
        var codes = new ValueCodes(plan, catalog);
        return ValueSlot.of(plan, catalog).stream().filter(slot -> !recorded.containsKey(slot.target()))
                .map(slot -> switch (slot) {
                    case ValueSlot.OfMeasure m -> new Row(m.measure().code(), m.measure().description(),
                            m.measure().unit(), "");
                    case ValueSlot.OfIndicator i -> indicator(i.indicator(), plan.year(), codes);
                }).toList();
    }

    private static Row indicator(Indicator i, int year, ValueCodes codes) {
        boolean unique = codes.resolve(i.code()) instanceof ValueCodes.Resolution.Found found
                && found.target().equals(ValueTarget.indicator(i.id()));
        return new Row(unique ? i.code() : "#" + i.id().value(), i.title(), i.definition().unit(),
                i.definition().targetFor(year).map(ShownFormat::of).orElse(""));
    }

    /** The template of {@code rows} for a plan's period, marked with its entity, year and period. */
    public static byte[] write(Plan plan, Period period, List<Row> rows) {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Traguardi", "1.0")) {
            var sheet = workbook.newWorksheet(SHEET);
            new TemplateMark(TemplateMark.VALUES, plan.entity(), Integer.toString(plan.year()), period.format())
                    .write(workbook);
            header(sheet);
            for (int r = 0; r < rows.size(); r++) {
                row(sheet, r + 1, rows.get(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet) {
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
        }
        sheet.range(0, 0, 0, HEADER.size() - 1).style().bold().fillColor("DDEBF7").set();
        sheet.freezePane(0, 1);
        double[] widths = {16, 60, 8, 16, 16, 50};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

    /** A row: texts neutralised as in every file Traguardi writes; the value cell formatted for its unit. */
    private static void row(Worksheet sheet, int r, Row row) {
        sheet.value(r, CODE, SpreadsheetCell.neutralise(row.code()));
        sheet.value(r, 1, SpreadsheetCell.neutralise(row.label()));
        sheet.value(r, UNIT, switch (row.unit()) {
            case DATE -> DATE_UNIT;
            case YES_NO -> "SI/NO";
            case COUNT, PERCENT, DAYS, EURO, UNSPECIFIED -> row.unit().symbol();
        });
        sheet.value(r, 3, SpreadsheetCell.neutralise(row.target()));
        var format = switch (row.unit()) {
            case DATE -> "dd-mm-yyyy";
            case YES_NO -> "@";
            case COUNT, PERCENT, DAYS, EURO, UNSPECIFIED -> "#,##0.##########";
        };
        sheet.range(r, VALUE, r, VALUE).style().format(format).set();
        sheet.range(r, 0, r, 3).style().fillColor("F2F2F2").set();
    }
}
