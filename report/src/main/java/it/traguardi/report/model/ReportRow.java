package it.traguardi.report.model;

import java.util.List;
import java.util.Objects;

/**
 * Riga: one row of a report table, a cell per column, with its depth in the plan tree (0 for the
 * entity or for rows outside the tree) and what it stands for.
 */
public record ReportRow(RowKind kind, int level, List<Cell> cells) {

    public ReportRow {
        Objects.requireNonNull(kind, "kind");
        if (level < 0) {
            throw new IllegalArgumentException("negative level " + level);
        }
        cells = List.copyOf(cells);
    }
}
