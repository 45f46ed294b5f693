package it.traguardi.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables as the database describes them, in an order in which they can be filled
 * (a table after those its foreign keys name). Flyway's own history is not data: a restore keeps
 * the target's, whose migrations made the same tables.
 */
final class Schema {

    private static final String MIGRATION_HISTORY = "flyway_schema_history";

    private Schema() {
    }

    static List<Table> tables(Connection connection) throws SQLException {
        var metadata = connection.getMetaData();
        var schema = connection.getSchema();
        var names = new ArrayList<String>();
        try (var rows = metadata.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                var name = rows.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(MIGRATION_HISTORY)) {
                    names.add(name);
                }
            }
        }
        var tables = new TreeMap<String, Table>();
        var references = new LinkedHashMap<String, Set<String>>();
        for (var name : names) {
            tables.put(name, table(metadata, connection.getCatalog(), schema, name));
            references.put(name, referenced(metadata, connection.getCatalog(), schema, name));
        }
        return ordered(tables, references);
    }

    private static Table table(DatabaseMetaData metadata, String catalog, String schema, String name)
            throws SQLException {
        var columns = new ArrayList<Table.Column>();
        var identity = new ArrayList<String>();
        try (var rows = metadata.getColumns(catalog, schema, name, "%")) {
            while (rows.next()) {
                var column = rows.getString("COLUMN_NAME");
                int type = rows.getInt("DATA_TYPE");
                columns.add(new Table.Column(column, ColumnKind.of(type, rows.getString("TYPE_NAME")), type));
                if ("YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))) {
                    identity.add(column);
                }
            }
        }
        return new Table(name, columns, identity, selfReference(metadata, catalog, schema, name));
    }

    private static Set<String> referenced(DatabaseMetaData metadata, String catalog, String schema, String name)
            throws SQLException {
        var out = new LinkedHashSet<String>();
        try (var rows = metadata.getImportedKeys(catalog, schema, name)) {
            while (rows.next()) {
                var target = rows.getString("PKTABLE_NAME");
                if (!target.equals(name)) {
                    out.add(target);
                }
            }
        }
        return out;
    }

    private static Optional<Table.SelfReference> selfReference(DatabaseMetaData metadata, String catalog,
            String schema, String name) throws SQLException {
        var from = new TreeMap<Integer, String>();
        var to = new TreeMap<Integer, String>();
        try (var rows = metadata.getImportedKeys(catalog, schema, name)) {
            while (rows.next()) {
                if (rows.getString("PKTABLE_NAME").equals(name)) {
                    from.put(rows.getInt("KEY_SEQ"), rows.getString("FKCOLUMN_NAME"));
                    to.put(rows.getInt("KEY_SEQ"), rows.getString("PKCOLUMN_NAME"));
                }
            }
        }
        return from.isEmpty() ? Optional.empty()
                : Optional.of(new Table.SelfReference(List.copyOf(from.values()), List.copyOf(to.values())));
    }

    /** The tables, each after every table it references (names sorted where the keys leave a choice). */
    private static List<Table> ordered(Map<String, Table> tables, Map<String, Set<String>> references) {
        var out = new ArrayList<Table>();
        var placed = new LinkedHashSet<String>();
        while (placed.size() < tables.size()) {
            var before = placed.size();
            for (var name : tables.keySet()) {
                if (!placed.contains(name) && placed.containsAll(references.get(name).stream()
                        .filter(tables::containsKey).toList())) {
                    placed.add(name);
                    out.add(tables.get(name));
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("foreign keys in a cycle among " + tables.keySet());
            }
        }
        return out;
    }

    /** A table's name as written in SQL: ours are lower-case words, quoted for safety all the same. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
