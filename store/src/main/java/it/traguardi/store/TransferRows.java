package it.traguardi.store;

import it.traguardi.core.transfer.FullCell;
import it.traguardi.core.transfer.FullRow;
import it.traguardi.core.transfer.FullSection;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows of one section of a full plan read from their table, and written to it, with the ids mapped. */
final class TransferRows {

    private TransferRows() {
    }

    static List<FullRow> read(Connection c, TransferTables table, long entityId, int year, TransferIds ids)
            throws SQLException {
        var out = new ArrayList<FullRow>();
        try (var select = c.prepareStatement(table.select())) {
            bindOwner(select, table, entityId, year, ids);
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    out.add(row(result, table, ids, out.size() + 1));
                }
            }
        }
        if (table == TransferTables.PLAN && !out.isEmpty()) {
            ids.planRow = planRow(c, entityId, year);
        }
        return out;
    }

    private static FullRow row(ResultSet result, TransferTables table, TransferIds ids, int number) throws SQLException {
        var fields = table.section.fields();
        var cells = new ArrayList<FullCell>();
        for (int i = 0; i < fields.size(); i++) {
            cells.add(TransferCells.read(result, i + 1, fields.get(i)));
        }
        if (table == TransferTables.VALUES) {
            var at = table.section.index("id");
            ids.valueRowToNumber.put(((FullCell.Decimal) cells.get(at)).number().longValueExact(), (long) number);
            cells.set(at, new FullCell.Decimal(BigDecimal.valueOf(number)));
        } else if (table == TransferTables.CONFIRMATIONS) {
            var at = table.section.index("value_id");
            var row = ((FullCell.Decimal) cells.get(at)).number().longValueExact();
            // a confirmation of an archived value cannot be: archiving takes both together
            cells.set(at, new FullCell.Decimal(BigDecimal.valueOf(ids.valueRowToNumber.getOrDefault(row, 0L))));
        }
        return new FullRow(cells);
    }

    private static void bindOwner(PreparedStatement statement, TransferTables table, long entityId, int year,
            TransferIds ids) throws SQLException {
        switch (table.scope) {
            case PLAN -> statement.setLong(1, ids.planRow);
            case ENTITY -> statement.setLong(1, entityId);
            case ENTITY_YEAR, VERSION -> {
                statement.setLong(1, entityId);
                statement.setInt(2, year);
            }
        }
    }

    private static long planRow(Connection c, long entityId, int year) throws SQLException {
        try (var select = c.prepareStatement("select id from plan where entity_id = ? and plan_year = ?")) {
            select.setLong(1, entityId);
            select.setInt(2, year);
            try (var r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static void write(Connection c, TransferTables table, long entityId, int year, List<FullRow> rows, TransferIds ids)
            throws SQLException {
        var generated = table == TransferTables.PLAN || table == TransferTables.VALUES || table == TransferTables.VERSIONS;
        try (var insert = generated ? c.prepareStatement(table.insert(), new String[] {"id"})
                : c.prepareStatement(table.insert())) {
            for (var row : rows) {
                var next = bindOwner(insert, table, entityId, year, row, ids);
                for (var field : table.columns()) {
                    var cell = row.get(table.section, field.name());
                    if (table == TransferTables.CONFIRMATIONS && field.name().equals("value_id")) {
                        cell = new FullCell.Decimal(BigDecimal.valueOf(ids.valueNumberToRow.get(
                                row.integer(table.section, "value_id").orElseThrow().longValue())));
                    }
                    TransferCells.bind(insert, next++, field, cell);
                }
                if (generated) {
                    insert.executeUpdate();
                    remember(insert, table, row, ids);
                } else {
                    insert.addBatch();
                }
            }
            if (!generated && !rows.isEmpty()) {
                insert.executeBatch();
            }
        }
    }

    /** Binds the columns that say whose the row is; returns the next parameter. */
    private static int bindOwner(PreparedStatement insert, TransferTables table, long entityId, int year, FullRow row,
            TransferIds ids) throws SQLException {
        switch (table.scope) {
            case PLAN -> insert.setLong(1, ids.planRow);
            case ENTITY -> insert.setLong(1, entityId);
            case ENTITY_YEAR -> {
                insert.setLong(1, entityId);
                insert.setInt(2, year);
            }
            case VERSION -> insert.setLong(1, ids.versionNumberToRow.get(
                    row.integer(table.section, "version_number").orElseThrow().longValue()));
        }
        return table.scope == TransferTables.Scope.ENTITY_YEAR ? 3 : 2;
    }

    private static void remember(PreparedStatement insert, TransferTables table, FullRow row, TransferIds ids)
            throws SQLException {
        try (var keys = insert.getGeneratedKeys()) {
            keys.next();
            var id = keys.getLong(1);
            switch (table) {
                case PLAN -> ids.planRow = id;
                case VALUES -> ids.valueNumberToRow.put(row.integer(table.section, "id").orElseThrow().longValue(), id);
                case VERSIONS -> ids.versionNumberToRow.put(
                        row.integer(table.section, "version_number").orElseThrow().longValue(), id);
                default -> throw new IllegalStateException("no generated id is kept for " + table);
            }
        }
    }
}
