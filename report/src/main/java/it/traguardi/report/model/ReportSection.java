package it.traguardi.report.model;

import java.util.List;
import java.util.Objects;

/**
 * Sezione: a titled table of a report; a heading and a table on a page, a sheet of a workbook, a
 * block of the CSV, an element of the JSON's {@code sections}. Every row has a cell per column.
 */
public record ReportSection(String key, String title, List<Column> columns, List<ReportRow> rows) {

    public ReportSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (var row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("section " + key + ": a row of " + row.cells().size()
                        + " cells under " + columns.size() + " columns");
            }
        }
    }
}
