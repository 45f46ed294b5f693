package it.traguardi.store.backup;

import java.util.List;
import java.util.Optional;

/**
 * A table as a backup carries it: its columns (name, kind, the database's JDBC type), the columns
 * numbered by the database ({@code identity}), and the key by which its rows may point to other
 * rows of the same table ({@code selfReference}: a node's parent), whose rows must be restored
 * parents first.
 */
record Table(String name, List<Column> columns, List<String> identity, Optional<SelfReference> selfReference) {

    record Column(String name, ColumnKind kind, int jdbcType) {
    }

    /** The columns of a row that name another row ({@code from}) and the columns they name ({@code to}). */
    record SelfReference(List<String> from, List<String> to) {
    }

    Table {
        columns = List.copyOf(columns);
        identity = List.copyOf(identity);
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    int indexOf(String column) {
        return columnNames().indexOf(column);
    }
}
