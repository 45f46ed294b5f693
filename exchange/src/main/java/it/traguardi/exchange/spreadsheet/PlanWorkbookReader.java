package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Message;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads a plan template back: the sheet {@value PlanWorkbook#SHEET} (else the first) becomes the
 * lines of an alberatura, row n as line n, and {@link AlberaturaReader} reads them with every check
 * of the TSV import; its problems name the file and sheet ({@code piano.xlsx [Piano]}), the row and
 * the column as the sheet shows it, its letter and header ({@code colonna A («Ambito»)}, where the
 * TSV says {@code campo 1 («Ambito»)}).
 *
 * <p>The unit (column M) and the kind of target (column N) of a row complete its bare numbers: a
 * baseline {@code 90} with unit {@code %} is read {@code 90%}, a target {@code 90} of kind
 * {@code ≥} and unit {@code %} is read {@code ≥ 90%}, a date target of kind {@code entro} is read
 * {@code Entro 31-12-2022}. A cell that already says its unit or comparison is read as written.
 */
public final class PlanWorkbookReader {

    private static final Pattern BARE_NUMBER = Pattern.compile("-?[\\d.]+(,\\d+)?%?");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}");

    private PlanWorkbookReader() {
    }

    /** The plan of a template, or every problem of it; a template of another plan than the one asked for is refused. */
    public static AlberaturaImport read(String file, byte[] bytes, Overrides overrides) throws ImportException {
        try {
            return readSheet(file, bytes, overrides);
        } catch (ImportException e) {
            throw new ImportException(e.problems().stream().map(p -> named(file, p)).toList());
        }
    }

    private static AlberaturaImport readSheet(String file, byte[] bytes, Overrides overrides) throws ImportException {
        try (var workbook = XlsxPackage.open(file, bytes)) {
            var mark = TemplateMark.read(workbook);
            if (mark.isPresent()) {
                checkMark(file, mark.get(), overrides);
            }
            var sheet = workbook.findSheet(PlanWorkbook.SHEET).orElse(workbook.getFirstSheet());
            var place = XlsxPackage.place(file, sheet.getName());
            var problems = new ArrayList<ImportProblem>();
            var rows = SheetCells.read(place, sheet, PlanWorkbook.COLUMNS, problems);
            if (!problems.isEmpty()) {
                throw new ImportException(AlberaturaReader.named(problems, lines(rows)));
            }
            return AlberaturaReader.read(place, lines(rows), ImportProblem.Columns.LETTERED, overrides);
        } catch (IOException | RuntimeException e) {
            throw XlsxPackage.fail(file, Message.of("xlsx.unreadable"));
        }
    }

    /**
     * A problem of a cell of the plan sheet that its own header does not name (a cell refused before
     * the rows are read, a header-less sheet, the columns of unit and kind) named by the header the
     * template writes above its column.
     */
    private static ImportProblem named(String file, ImportProblem p) {
        return p.columns() == ImportProblem.Columns.LETTERED && p.header().isEmpty() && p.field() >= 1
                && p.field() <= PlanWorkbook.HEADER.size() && !p.file().equals(XlsxPackage.place(file, TemplateMark.SHEET))
                ? p.withHeader(PlanWorkbook.HEADER.get(p.field() - 1)) : p;
    }

    /** A values template, or a plan template of another entity or year than the options name, is refused. */
    private static void checkMark(String file, TemplateMark mark, Overrides overrides) throws ImportException {
        var place = XlsxPackage.place(file, TemplateMark.SHEET);
        if (!mark.kind().equals(TemplateMark.PLAN)) {
            throw new ImportException(List.of(TemplateMark.problem(place, 1,
                    Message.of("xlsx.template.kind", mark.kind(), TemplateMark.PLAN))));
        }
        var problems = new ArrayList<ImportProblem>();
        if (overrides.entity() != null && !mark.entity().isEmpty() && !mark.entity().equals(overrides.entity().strip())) {
            problems.add(TemplateMark.problem(place, TemplateMark.ENTITY_ROW,
                    Message.of("xlsx.template.entity", mark.entity(), overrides.entity().strip())));
        }
        if (overrides.year() != null && !mark.year().isEmpty() && !mark.year().equals(overrides.year().toString())) {
            problems.add(TemplateMark.problem(place, TemplateMark.YEAR_ROW,
                    Message.of("xlsx.template.year", mark.year(), overrides.year())));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /** The rows as tab-separated lines, line n being row n; blank rows and rows the sheet lacks are empty lines. */
    static List<String> lines(List<SheetCells.Row> rows) {
        var lines = new ArrayList<String>();
        for (var row : rows) {
            while (lines.size() < row.number() - 1) {
                lines.add("");
            }
            lines.add(row.blank() ? "" : line(row.texts()));
        }
        return lines;
    }

    private static String line(List<String> cells) {
        var fields = new ArrayList<>(cells.subList(0, 12));
        var unit = cells.get(PlanWorkbook.UNIT).strip();
        var kind = cells.get(PlanWorkbook.KIND).strip();
        for (int c = 5; c < 8; c++) {
            fields.set(c, withUnit(fields.get(c), unit));
        }
        for (int c = 8; c < 11; c++) {
            fields.set(c, target(fields.get(c), unit, kind));
        }
        return String.join("\t", fields);
    }

    private static String withUnit(String cell, String unit) {
        var text = cell.strip();
        if (!BARE_NUMBER.matcher(text).matches() || text.endsWith("%")) {
            return cell;
        }
        return switch (unit) {
            case "%" -> text + "%";
            case "N.", "gg", "€" -> text + " " + unit;
            default -> cell;
        };
    }

    private static String target(String cell, String unit, String kind) {
        var text = cell.strip();
        if (kind.equals("entro") && DAY.matcher(text).matches()) {
            return "Entro " + text;
        }
        if (!BARE_NUMBER.matcher(text).matches()) {
            return cell;
        }
        var withUnit = withUnit(text, unit);
        return switch (kind) {
            case "≥", "≤", "=" -> kind + " " + withUnit;
            default -> withUnit;
        };
    }
}
