package it.traguardi.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.SpreadsheetCell;
import it.traguardi.report.Reports;
import it.traguardi.report.SeedSource;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Column;
import it.traguardi.report.model.Fact;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.RowKind;
import it.traguardi.report.model.ReportSection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.junit.jupiter.api.Test;

/** Every workbook read back with fastexcel-reader: real numbers and dates, Italian formats, one sheet per section. */
class XlsxReportTest {

    private static final Messages IT = new Messages(Messages.ITALIAN);

    @Test
    void the_alberatura_of_the_seed_holds_the_rows_of_the_seed_tsv_cell_by_cell() throws IOException {
        var report = Reports.build(ReportKind.ALBERATURA, SeedSource.withValues(), IT);
        var sheet = sheets(XlsxReport.render(report)).get("Alberatura");
        var header = sheet.getFirst();
        var byLabel = new HashMap<String, Integer>();
        for (int c = 0; c < header.size(); c++) {
            byLabel.put(header.get(c).text(), c);
        }
        var tsvRows = tsvRows();
        assertThat(sheet).hasSize(tsvRows.size() + 1);
        for (int i = 0; i < tsvRows.size(); i++) {
            var tsv = tsvRows.get(i);
            var xlsx = sheet.get(i + 1);
            var where = "row " + (i + 2) + " (" + tsv.cells().get(1) + ")";
            assertThat(xlsx.get(3).number().movePointRight(2)).as(where)
                    .isEqualByComparingTo(ItalianFormat.parseWeight(tsv.cells().get(0)).percent());
            var code = text(xlsx.get(1));
            assertThat(code.isEmpty() ? text(xlsx.get(2)) : code + " - " + text(xlsx.get(2))).as(where)
                    .isEqualTo(SpreadsheetCell.restore(tsv.label()));
            assertThat(text(xlsx.get(4))).as(where).isEqualTo(SpreadsheetCell.restore(tsv.cells().get(3)));
            for (int y = 0; y < 3; y++) {
                if (tsv.baselineYears().size() > y) {
                    baseline(tsv.cells().get(5 + y), xlsx.get(byLabel.get("Baseline " + tsv.baselineYears().get(y))), where);
                }
                if (tsv.targetYears().size() > y) {
                    assertThat(text(xlsx.get(byLabel.get("Target " + tsv.targetYears().get(y))))).as(where)
                            .isEqualTo(SpreadsheetCell.restore(tsv.cells().get(8 + y)));
                }
            }
        }
    }

    /** A baseline cell: empty stays empty, a number is a number (with its unit in the format), N/D is N/D. */
    private static void baseline(String tsvCell, XCell cell, String where) {
        if (tsvCell.isBlank()) {
            assertThat(cell.type()).as(where).isEqualTo(CellType.EMPTY);
            return;
        }
        switch (ItalianFormat.parseValue(tsvCell)) {
            case Value.Amount a -> {
                assertThat(cell.type()).as(where).isEqualTo(CellType.NUMBER);
                var number = a.quantity().unit() == Unit.PERCENT ? cell.number().movePointRight(2) : cell.number();
                assertThat(number).as(where).isEqualByComparingTo(a.quantity().amount());
                assertThat(cell.format()).as(where).endsWith(a.quantity().unit() == Unit.PERCENT ? "%"
                        : " " + a.quantity().unit().symbol() + "\"");
            }
            case Value.Day d -> assertThat(cell.date()).as(where).isEqualTo(d.date());
            case Value.Flag f -> assertThat(cell.text()).as(where).isEqualTo(tsvCell.strip());
            case Value.Missing m -> assertThat(cell.text()).as(where).isEqualTo("N/D");
        }
    }

    @Test
    void the_relazione_has_a_summary_sheet_and_one_sheet_per_section_with_real_numbers() throws IOException {
        var source = SeedSource.withValues();
        var report = Reports.build(ReportKind.RELAZIONE, source, IT);
        var bytes = XlsxReport.render(report);
        var sheets = sheets(bytes);
        assertThat(sheets.keySet()).containsExactly("Sintesi", "Punteggi per ambito", "Obiettivi e indicatori");
        var summary = sheets.get("Sintesi");
        assertThat(summary.get(0).getFirst().text()).isEqualTo("Relazione sulla performance - Modena 2022");
        // The first fact is the entity's score: a percentage cell holding the fraction, shown with two decimals.
        var overall = summary.get(3).get(1);
        assertThat(overall.type()).isEqualTo(CellType.NUMBER);
        assertThat(overall.number().movePointRight(2))
                .isEqualByComparingTo(((Cell.Amount) report.facts().getFirst().value()).number());
        assertThat(overall.format()).isEqualTo("#,##0.00%");
        // The counts are whole numbers: 68 achieved (see ReportsTest for why).
        assertThat(summary.get(7).get(1).number()).isEqualByComparingTo("68");
        var areas = sheets.get("Punteggi per ambito");
        assertThat(areas).hasSize(1 + 1 + source.plan().areas().size());
        assertThat(areas.get(0).get(0).text()).isEqualTo("Livello");
        var xml = sheetXml(bytes, 2);
        assertThat(xml).contains("state=\"frozen\"").contains("ySplit=\"1\"");
        assertThat(xml).contains("<col min=\"3\" max=\"3\" width=\"40");
    }

    @Test
    void a_text_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_days_as_dates() throws IOException {
        var columns = List.of(new Column("code", "Codice", 10), new Column("value", "Valore", 12));
        var rows = List.of(row(Cell.text("=HYPERLINK(\"http://x\")"), new Cell.Day(LocalDate.of(2022, 10, 31))),
                row(Cell.text("+39 059 208"), Cell.NOT_AVAILABLE), row(Cell.text("@SUM(A1)"), Cell.text("-20,14 gg")),
                row(Cell.text("-1+2"), new Cell.Amount(new BigDecimal("1133"), Unit.COUNT)));
        var report = new Report(ReportKind.MONITORAGGIO, "Ente", 2022, "2022", "=titolo", "desc", "it",
                List.of(new Fact("f", "@fatto", new Cell.Count(3))), List.of(new ReportSection("s", "Voci", columns, rows)),
                List.of());
        var sheet = sheets(XlsxReport.render(report)).get("Voci");
        assertThat(sheet.get(1).get(0).type()).isEqualTo(CellType.STRING);
        assertThat(sheet.get(1).get(0).text()).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(sheet.get(2).get(0).text()).isEqualTo("'+39 059 208");
        assertThat(sheet.get(3).get(0).text()).isEqualTo("'@SUM(A1)");
        assertThat(sheet.get(4).get(0).text()).isEqualTo("'-1+2");
        // A negative number with its unit is no formula: kept as written.
        assertThat(sheet.get(3).get(1).text()).isEqualTo("-20,14 gg");
        assertThat(sheet.get(1).get(1).date()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(sheet.get(1).get(1).format()).isEqualTo("dd-mm-yyyy");
        assertThat(sheet.get(2).get(1).text()).isEqualTo("N/D");
        assertThat(sheet.get(4).get(1).number()).isEqualByComparingTo("1133");
        assertThat(sheet.get(4).get(1).format()).isEqualTo("#,##0\" N.\"");
    }

    @Test
    void sheet_names_are_cut_to_31_characters_cleaned_and_unique() {
        var taken = new java.util.HashSet<String>();
        assertThat(XlsxReport.sheetName("Obiettivi: indicatori [2022] / valori e altro ancora", taken))
                .isEqualTo("Obiettivi indicatori 2022 valor").hasSize(31);
        assertThat(XlsxReport.sheetName("Commenti", taken)).isEqualTo("Commenti");
        assertThat(XlsxReport.sheetName("commenti", taken)).isEqualTo("commenti 2");
    }

    private static ReportRow row(Cell... cells) {
        return new ReportRow(RowKind.ENTRY, 0, List.of(cells));
    }

    private static String text(XCell cell) {
        return cell.type() == CellType.EMPTY ? "" : SpreadsheetCell.restore(cell.text());
    }

    /** A cell as read back. */
    record XCell(CellType type, String text, BigDecimal number, LocalDate date, String format) {
    }

    /** Every sheet by name, every row as many cells as its widest row (missing cells EMPTY). */
    static Map<String, List<List<XCell>>> sheets(byte[] xlsx) throws IOException {
        var out = new java.util.LinkedHashMap<String, List<List<XCell>>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            for (var sheet : workbook.getSheets().toList()) {
                var rows = new ArrayList<List<XCell>>();
                var read = sheet.read();
                var width = read.stream().mapToInt(org.dhatim.fastexcel.reader.Row::getCellCount).max().orElse(0);
                for (var r : read) {
                    while (rows.size() < r.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    var cells = new ArrayList<XCell>();
                    for (int c = 0; c < width; c++) {
                        var cell = r.getCellCount() > c ? r.getCell(c) : null;
                        cells.add(cell == null ? new XCell(CellType.EMPTY, "", null, null, null) : cell(cell));
                    }
                    rows.add(cells);
                }
                out.put(sheet.getName(), rows);
            }
        }
        return out;
    }

    private static XCell cell(org.dhatim.fastexcel.reader.Cell cell) {
        var format = cell.getDataFormatString();
        var date = cell.getType() == CellType.NUMBER && format != null && format.contains("yyyy")
                ? cell.asDate().toLocalDate() : null;
        return new XCell(cell.getType(), cell.getType() == CellType.EMPTY ? "" : cell.getText(),
                cell.getType() == CellType.NUMBER ? cell.asNumber() : null, date, format);
    }

    /** The XML of the n-th sheet (1-based), for what the reader does not tell: panes and widths. */
    static String sheetXml(byte[] xlsx, int n) throws IOException {
        var file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var entry = zip.getEntry("xl/worksheets/sheet" + n + ".xml");
                assertThat(entry).as("sheet %d", n).isNotNull();
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** A data row of the seed TSV with the baseline and target years of its section. */
    record TsvRow(List<String> cells, List<Integer> baselineYears, List<Integer> targetYears) {
        /** The node's label: in the 11-field layout code and title are two fields, in the 12-field one a single "code - title". */
        String label() {
            return cells.get(2).isBlank() ? cells.get(1) : cells.get(1) + " - " + cells.get(2);
        }
    }

    static List<TsvRow> tsvRows() {
        var out = new ArrayList<TsvRow>();
        List<Integer> baselines = List.of();
        List<Integer> targets = List.of();
        for (var line : new String(DemoData.modena2022(), StandardCharsets.UTF_8).split("\r?\n")) {
            var cells = List.of((line + "\t-").split("\t"));
            cells = cells.subList(0, cells.size() - 1);
            if (line.isBlank() || line.startsWith("Integra_Report") || line.startsWith("Ambito\t")) {
                continue;
            }
            if (cells.get(0).isBlank() && cells.size() > 5 && cells.get(5).matches("\\d{4}")) {
                baselines = years(cells.subList(5, 8));
                targets = years(cells.subList(8, Math.min(11, cells.size())));
                continue;
            }
            var padded = new ArrayList<>(cells);
            while (padded.size() < 12) {
                padded.add("");
            }
            out.add(new TsvRow(padded, baselines, targets));
        }
        return out;
    }

    private static List<Integer> years(List<String> cells) {
        return cells.stream().filter(c -> c.matches("\\d{4}")).map(Integer::valueOf).toList();
    }
}
