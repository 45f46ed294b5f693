package it.traguardi.exchange.alberatura;

import java.util.List;

/**
 * One section of the file: where it starts, its layout, the years of its columns, and the name of
 * each column as its header shows it (field 1 is {@code columnNames[0]}).
 */
record Section(int titleLine, SectionLayout layout, List<Integer> baselineYears, List<Integer> targetYears,
        List<String> columnNames) {

    Section {
        baselineYears = List.copyOf(baselineYears);
        targetYears = List.copyOf(targetYears);
        columnNames = List.copyOf(columnNames);
    }

    /** The header of a 1-based field, empty when it has none. */
    String columnName(int field) {
        return field >= 1 && field <= columnNames.size() ? columnNames.get(field - 1) : "";
    }
}
