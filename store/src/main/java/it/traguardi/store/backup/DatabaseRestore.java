package it.traguardi.store.backup;

import it.traguardi.core.i18n.Message;
import it.traguardi.store.AuditChain;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.Database;
import it.traguardi.store.StoreException;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Ripristino: writes a backup ({@link DatabaseBackup}) into an empty database of the same schema,
 * H2 or PostgreSQL whichever the backup came from, in one transaction: every row or none. Refused
 * ({@link BackupRefusedException}) when the file is not a Traguardi backup or is damaged, when its
 * tables are not this version's, or when the database holds anything (a database is empty as its
 * migrations leave it: no rows but the head of the audit chain, which names no entry then). The rows keep their ids and
 * the identity columns go on after the largest; the audit trail is restored as it was, so it
 * verifies as it did.
 */
public final class DatabaseRestore {

    /**
     * The tables the migrations fill, each with its one row, replaced by the backup's: the head of the
     * audit chain (V008) and the housekeeping lease (V016_5).
     */
    private static final Set<String> SEEDED = Set.of("audit_chain", "housekeeping_lease");
    private static final int BATCH = 500;

    private DatabaseRestore() {
    }

    /** Restores the backup read from {@code in} (not closed) into the database; returns what it wrote. */
    public static BackupSummary restore(Database database, InputStream in, String file) {
        try (var connection = database.dataSource().getConnection()) {
            var tables = Schema.tables(connection);
            var target = new HashMap<String, Table>();
            tables.forEach(t -> target.put(t.name(), t));
            requireEmpty(connection, tables);
            connection.setAutoCommit(false);
            try {
                var summary = copy(connection, target, data(in, file), file);
                restartIdentities(connection, target.values());
                // a trail that does not verify is a damaged or altered copy: nothing of it is kept
                if (AuditChain.verify(connection) instanceof ChainCheck.Broken broken) {
                    throw new BackupRefusedException(Message.of("backup.audit-broken", file, broken.sequence()));
                }
                connection.commit();
                return summary;
            } catch (SQLException | RuntimeException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("restoring a backup", e);
        } catch (IOException e) {
            throw new BackupRefusedException(Message.of("backup.damaged", file));
        }
    }

    private static DataInputStream data(InputStream in, String file) throws IOException {
        try {
            var data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
            if (!BackupFormat.MAGIC.equals(data.readUTF())) {
                throw new BackupRefusedException(Message.of("backup.not-a-backup", file));
            }
            int version = data.readInt();
            if (version != BackupFormat.VERSION) {
                throw new BackupRefusedException(Message.of("backup.version", file, version));
            }
            data.readUTF();
            return data;
        } catch (ZipException | EOFException | UTFDataFormatException e) {
            throw new BackupRefusedException(Message.of("backup.not-a-backup", file));
        }
    }

    private static void requireEmpty(Connection connection, List<Table> tables) throws SQLException {
        for (var table : tables) {
            if (SEEDED.contains(table.name())) {
                continue;
            }
            try (var count = connection.createStatement();
                    var row = count.executeQuery("select count(*) from " + Schema.quoted(table.name()))) {
                row.next();
                if (row.getLong(1) > 0) {
                    throw new BackupRefusedException(Message.of("backup.not-empty", table.name(), row.getLong(1)));
                }
            }
        }
    }

    private static BackupSummary copy(Connection connection, Map<String, Table> target, DataInputStream data,
            String file) throws SQLException, IOException {
        int tables = data.readInt();
        if (tables != target.size()) {
            throw new BackupRefusedException(Message.of("backup.schema", file, tables, target.size()));
        }
        long rows = 0;
        for (int t = 0; t < tables; t++) {
            rows += copyTable(connection, target, data, file);
        }
        if (!BackupFormat.END.equals(data.readUTF())) {
            throw new BackupRefusedException(Message.of("backup.damaged", file));
        }
        return new BackupSummary(tables, rows, DatabaseBackup.auditEntries(connection));
    }

    private static long copyTable(Connection connection, Map<String, Table> target, DataInputStream data, String file)
            throws SQLException, IOException {
        var name = data.readUTF();
        var table = target.get(name);
        var names = new ArrayList<String>();
        var kinds = new ArrayList<ColumnKind>();
        readColumns(data, file, names, kinds);
        if (table == null || !new HashSet<>(names).equals(new HashSet<>(table.columnNames()))) {
            throw new BackupRefusedException(Message.of("backup.table", file, name));
        }
        if (SEEDED.contains(name)) {
            try (var clear = connection.createStatement()) {
                clear.executeUpdate("delete from " + Schema.quoted(name));
            }
        }
        try (var insert = connection.prepareStatement(insertSql(table, names))) {
            var batch = new Batch(insert, table, names, kinds);
            if (table.selfReference().isEmpty()) {
                while (data.readBoolean()) {
                    batch.add(row(data, kinds));
                }
            } else {
                var rows = new ArrayList<Object[]>();
                while (data.readBoolean()) {
                    rows.add(row(data, kinds));
                }
                for (var row : parentsFirst(table, names, rows)) {
                    batch.add(row);
                }
            }
            return batch.finish();
        }
    }

    private static void readColumns(DataInputStream data, String file, List<String> names, List<ColumnKind> kinds)
            throws IOException {
        int width = data.readInt();
        for (int i = 0; i < width; i++) {
            names.add(data.readUTF());
            kinds.add(kind(data.readUTF(), file));
        }
    }

    private static Object[] row(DataInputStream data, List<ColumnKind> kinds) throws IOException {
        var row = new Object[kinds.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = kinds.get(i).read(data);
        }
        return row;
    }

    private static ColumnKind kind(String name, String file) {
        try {
            return ColumnKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BackupRefusedException(Message.of("backup.damaged", file));
        }
    }

    private static String insertSql(Table table, List<String> names) {
        return "insert into " + Schema.quoted(table.name()) + " ("
                + String.join(", ", names.stream().map(Schema::quoted).toList()) + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
    }

    /** Rows sent to the database in batches of {@value #BATCH}. */
    private static final class Batch {
        private final PreparedStatement insert;
        private final List<ColumnKind> kinds;
        private final int[] types;
        private int pending;
        private long rows;

        Batch(PreparedStatement insert, Table table, List<String> names, List<ColumnKind> kinds) {
            this.insert = insert;
            this.kinds = kinds;
            this.types = names.stream().mapToInt(n -> table.columns().get(table.indexOf(n)).jdbcType()).toArray();
        }

        void add(Object[] row) throws SQLException {
            for (int i = 0; i < row.length; i++) {
                kinds.get(i).bind(insert, i + 1, row[i], types[i]);
            }
            insert.addBatch();
            rows++;
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }

        long finish() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
            return rows;
        }
    }

    /** The rows of a table whose rows name others of the same table (a node its parent), each after the one it names. */
    private static List<Object[]> parentsFirst(Table table, List<String> names, List<Object[]> rows) {
        if (table.selfReference().isEmpty()) {
            return rows;
        }
        var reference = table.selfReference().get();
        var byKey = new HashMap<List<Object>, Object[]>();
        rows.forEach(row -> byKey.put(values(row, names, reference.to()), row));
        var out = new ArrayList<Object[]>();
        var placed = new HashSet<List<Object>>();
        for (var row : rows) {
            place(row, names, reference, byKey, placed, out);
        }
        return out;
    }

    private static void place(Object[] row, List<String> names, Table.SelfReference reference,
            Map<List<Object>, Object[]> byKey, HashSet<List<Object>> placed, List<Object[]> out) {
        var key = values(row, names, reference.to());
        if (!placed.add(key)) {
            return;
        }
        var parent = byKey.get(values(row, names, reference.from()));
        if (parent != null && parent != row) {
            place(parent, names, reference, byKey, placed, out);
        }
        out.add(row);
    }

    private static List<Object> values(Object[] row, List<String> names, List<String> columns) {
        return columns.stream().map(c -> row[names.indexOf(c)]).toList();
    }

    /** Identity columns go on after the largest id restored (ALTER ... RESTART, which H2 and PostgreSQL both read). */
    private static void restartIdentities(Connection connection, Iterable<Table> tables) throws SQLException {
        for (var table : tables) {
            for (var column : table.identity()) {
                long next;
                try (var max = connection.createStatement(); var row = max.executeQuery("select coalesce(max("
                        + Schema.quoted(column) + "), 0) + 1 from " + Schema.quoted(table.name()))) {
                    row.next();
                    next = row.getLong(1);
                }
                try (var restart = connection.createStatement()) {
                    restart.execute("alter table " + Schema.quoted(table.name()) + " alter column "
                            + Schema.quoted(column) + " restart with " + next);
                }
            }
        }
    }
}
