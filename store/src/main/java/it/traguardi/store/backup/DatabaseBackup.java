package it.traguardi.store.backup;

import it.traguardi.store.Database;
import it.traguardi.store.StoreException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Copia di sicurezza: every table of the application, read in one snapshot while the application
 * may go on writing (a consistent copy: each plan, value and audit entry whole, the audit chain's
 * head naming its last entry), written in the {@link BackupFormat}. On H2 the snapshot is H2's
 * own isolation level SNAPSHOT, which sees every table as it was at the first read; on PostgreSQL,
 * REPEATABLE READ, which is a snapshot there. Readers block no writer on either.
 */
public final class DatabaseBackup {

    /** H2's JDBC number for its SNAPSHOT isolation ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}). */
    private static final int H2_SNAPSHOT = 6;

    private DatabaseBackup() {
    }

    /** Writes the whole database to {@code out} (not closed); returns what it holds. */
    public static BackupSummary write(Database database, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (var connection = database.dataSource().getConnection()) {
            var isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(database.isPostgres() ? Connection.TRANSACTION_REPEATABLE_READ : H2_SNAPSHOT);
            connection.setReadOnly(true);
            try {
                return write(connection, database.isPostgres() ? "postgresql" : "h2", out);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("backing up the database", e);
        }
    }

    private static BackupSummary write(Connection connection, String product, OutputStream out)
            throws SQLException, IOException {
        var zip = new GZIPOutputStream(out, 1 << 16);
        var data = new DataOutputStream(zip);
        data.writeUTF(BackupFormat.MAGIC);
        data.writeInt(BackupFormat.VERSION);
        data.writeUTF(product);
        var tables = Schema.tables(connection);
        data.writeInt(tables.size());
        long rows = 0;
        for (var table : tables) {
            rows += write(connection, table, data);
        }
        data.writeUTF(BackupFormat.END);
        data.flush();
        zip.finish();
        return new BackupSummary(tables.size(), rows, auditEntries(connection));
    }

    private static long write(Connection connection, Table table, DataOutputStream data)
            throws SQLException, IOException {
        data.writeUTF(table.name());
        data.writeInt(table.columns().size());
        for (var column : table.columns()) {
            data.writeUTF(column.name());
            data.writeUTF(column.kind().name());
        }
        long rows = 0;
        try (var select = connection.createStatement()) {
            select.setFetchSize(1000);
            var columns = String.join(", ", table.columnNames().stream().map(Schema::quoted).toList());
            try (var row = select.executeQuery("select " + columns + " from " + Schema.quoted(table.name()))) {
                while (row.next()) {
                    data.writeBoolean(true);
                    for (int i = 0; i < table.columns().size(); i++) {
                        table.columns().get(i).kind().copy(row, i + 1, data);
                    }
                    rows++;
                }
            }
        }
        data.writeBoolean(false);
        return rows;
    }

    static long auditEntries(Connection connection) throws SQLException {
        try (var count = connection.createStatement(); var row = count.executeQuery("select count(*) from audit_entry")) {
            row.next();
            return row.getLong(1);
        }
    }
}
