package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.SpreadsheetCell;
import it.traguardi.exchange.values.ValuesCsv;
import it.traguardi.core.value.ItalianFormat;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.ArrayList;

/**
 * Reads a values template back: only a template of this plan (entity and year of its mark), each
 * row with a value or a reason read as a row of the values CSV ({@link ValuesCsv#row}) for the
 * template's period, so the same checks (codes, values, the comment rule) apply; problems name the
 * file and sheet ({@code valori.xlsx [Valori]}), the row, and the column as the template shows it
 * (its letter and header, {@code colonna E («Valore»)}), not the CSV's field. Rows left empty are the
 * values still to come, not problems. A date is accepted as a date cell, as text ({@code 31-10-2022},
 * {@code 31/10/2022}) or as the bare serial number of a day in a row whose unit is a date.
 */
public final class ValuesWorkbookReader {

    /** A day's serial number: up to 99999 (the year 2173). */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}");

    private ValuesWorkbookReader() {
    }

    /** The records of the filled rows, or the problems of the rows; a file-wide problem is thrown. */
    public static ValuesCsv.Reading read(String file, byte[] bytes, String entity, int year, ValueEntry entry)
            throws ImportException {
        try {
            return labelled(readCells(file, bytes, entity, year, entry));
        } catch (ImportException e) {
            throw new ImportException(e.problems().stream().map(p -> labelled(file, p)).toList());
        }
    }

    private static ValuesCsv.Reading readCells(String file, byte[] bytes, String entity, int year, ValueEntry entry)
            throws ImportException {
        try (var workbook = XlsxPackage.open(file, bytes)) {
            var mark = TemplateMark.read(workbook).orElseThrow(() -> XlsxPackage.fail(file, Message.of("xlsx.template.none")));
            checkMark(file, mark, entity, year);
            var sheet = workbook.findSheet(ValuesWorkbook.SHEET)
                    .orElseThrow(() -> XlsxPackage.fail(file, Message.of("xlsx.sheet.missing", ValuesWorkbook.SHEET)));
            var place = XlsxPackage.place(file, sheet.getName());
            var sheetProblems = new ArrayList<ImportProblem>();
            var rows = SheetCells.read(place, sheet, ValuesWorkbook.COLUMNS, sheetProblems);
            if (!sheetProblems.isEmpty()) {
                throw new ImportException(sheetProblems);
            }
            var records = new ArrayList<ValueRecord>();
            var problems = new ArrayList<ValuesCsv.LineProblem>();
            for (var row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                var t = row.texts();
                if (!t.get(ValuesWorkbook.VALUE).isBlank() || !t.get(ValuesWorkbook.REASON).isBlank()) {
                    var code = SpreadsheetCell.restore(t.get(ValuesWorkbook.CODE));
                    var value = value(t.get(ValuesWorkbook.VALUE).strip(), t.get(ValuesWorkbook.UNIT).strip(),
                            workbook.isDate1904());
                    ValuesCsv.row(row.number(), new String[] {code, mark.period(), value,
                            t.get(ValuesWorkbook.REASON).strip()}, entry, records, problems);
                }
            }
            return new ValuesCsv.Reading(records, problems);
        } catch (IOException | RuntimeException e) {
            throw XlsxPackage.fail(file, Message.of("xlsx.unreadable"));
        }
    }

    /**
     * The value of a row: as its cell reads, except a whole number in the row of a date (unit
     * {@code data} in column C, as the template writes it), which is the spreadsheet's serial number
     * of the day (a date cell whose format was lost): 44865 is 31-10-2022, counted from 30-12-1899
     * (or from 1-1-1904 in a workbook that says so).
     */
    private static String value(String text, String unit, boolean date1904) {
        if (SERIAL.matcher(text).matches() && unit.equals(ValuesWorkbook.DATE_UNIT)) {
            var origin = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
            return ItalianFormat.formatDate(origin.plusDays(Long.parseLong(text)));
        }
        return text;
    }

    /**
     * The problems of the rows with the column each is in: the CSV's field ({@code value}) is the
     * template's column ({@code E «Valore»}); the period is no column of the sheet but the cell of
     * the hidden mark the template was made for.
     */
    private static ValuesCsv.Reading labelled(ValuesCsv.Reading reading) {
        return new ValuesCsv.Reading(reading.records(), reading.problems().stream().map(p -> switch (p.field()) {
            case "code" -> column(p, ValuesWorkbook.CODE);
            case "value" -> column(p, ValuesWorkbook.VALUE);
            case "reason" -> column(p, ValuesWorkbook.REASON);
            case "period" -> new ValuesCsv.LineProblem(p.line(), "", Message.of("xlsx.values.mark", TemplateMark.SHEET,
                    TemplateMark.PERIOD_ROW, ImportProblem.fieldPlace(2, TemplateMark.PERIOD_KEY, ImportProblem.Columns.LETTERED),
                    p.problem()));
            default -> p;
        }).toList());
    }

    private static ValuesCsv.LineProblem column(ValuesCsv.LineProblem p, int column) {
        return new ValuesCsv.LineProblem(p.line(), p.field(), column + 1, ValuesWorkbook.HEADER.get(column),
                ImportProblem.Columns.LETTERED, p.problem());
    }

    /** A problem of a cell of the values sheet, its column named by the header the template writes above it. */
    private static ImportProblem labelled(String file, ImportProblem p) {
        return p.file().equals(XlsxPackage.place(file, ValuesWorkbook.SHEET)) && p.field() >= 1
                && p.field() <= ValuesWorkbook.HEADER.size() ? p.withHeader(ValuesWorkbook.HEADER.get(p.field() - 1)) : p;
    }

    /** A plan template, or a values template of another entity or year, is refused with the cell that says so. */
    private static void checkMark(String file, TemplateMark mark, String entity, int year) throws ImportException {
        var place = XlsxPackage.place(file, TemplateMark.SHEET);
        var problems = new ArrayList<ImportProblem>();
        if (!mark.kind().equals(TemplateMark.VALUES)) {
            problems.add(TemplateMark.problem(place, 1, Message.of("xlsx.template.kind", mark.kind(), TemplateMark.VALUES)));
        } else {
            if (!mark.entity().equals(entity)) {
                problems.add(TemplateMark.problem(place, TemplateMark.ENTITY_ROW,
                        Message.of("xlsx.template.entity", mark.entity(), entity)));
            }
            if (!mark.year().equals(Integer.toString(year))) {
                problems.add(TemplateMark.problem(place, TemplateMark.YEAR_ROW,
                        Message.of("xlsx.template.year", mark.year(), year)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }
}
