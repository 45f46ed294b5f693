package it.traguardi.report.render;

import it.traguardi.exchange.CsvTable;
import it.traguardi.report.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as CSV (UTF-8, {@code ;}, CRLF, cells made safe as in every file Traguardi writes):
 * blocks separated by an empty line. The first block is the summary ({@code section;key;label;value}:
 * the report's kind, entity, year, period, title, then its facts); then one block per section, its
 * header the column keys after {@code section;level;kind}. Every cell is written as the page shows it
 * ({@code 92,82%}, {@code 1.133 N.}, {@code 31-12-2022}, {@code N/D}); see docs/report-formats.md.
 */
public final class CsvReport {

    private CsvReport() {
    }

    public static String render(Report report) {
        var out = new StringBuilder(summary(report));
        for (var section : report.sections()) {
            var header = new ArrayList<>(List.of("section", "level", "kind"));
            section.columns().forEach(c -> header.add(c.key()));
            var rows = section.rows().stream().map(row -> {
                var cells = new ArrayList<>(List.of(section.key(), Integer.toString(row.level()),
                        row.kind().name()));
                row.cells().forEach(cell -> cells.add(cell.shown()));
                return (List<String>) cells;
            }).toList();
            out.append("\r\n").append(CsvTable.write(header, rows));
        }
        return out.toString();
    }

    private static String summary(Report report) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("summary", "kind", "", report.kind().key()));
        rows.add(List.of("summary", "entity", "", report.entity()));
        rows.add(List.of("summary", "year", "", Integer.toString(report.year())));
        rows.add(List.of("summary", "period", "", report.period()));
        rows.add(List.of("summary", "title", "", report.title()));
        report.facts().forEach(f -> rows.add(List.of("summary", f.key(), f.label(), f.value().shown())));
        return CsvTable.write(List.of("section", "key", "label", "value"), rows);
    }
}
