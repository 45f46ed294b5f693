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
import java.time.DateTimeException;
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
            if (refusedData(e)) {
                throw new BackupRefusedException(Message.of("backup.damaged", file));
            }
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
        var seen = new HashSet<String>();
        for (int t = 0; t < tables; t++) {
            rows += copyTable(connection, target, data, file, seen);
        }
        if (!BackupFormat.END.equals(data.readUTF())) {
            throw new BackupRefusedException(Message.of("backup.damaged", file));
        }
        return new BackupSummary(tables, rows, DatabaseBackup.auditEntries(connection));
    }

    private static long copyTable(Connection connection, Map<String, Table> target, DataInputStream data, String file,
            Set<String> seen) throws SQLException, IOException {
        var name = data.readUTF();
        var table = target.get(name);
        var names = new ArrayList<String>();
        var kinds = new ArrayList<ColumnKind>();
        readColumns(data, file, names, kinds);
        if (table == null || !seen.add(name) || !sameColumns(table, names, kinds)) {
            throw new BackupRefusedException(Message.of("backup.table", file, name));
        }
        if (SEEDED.contains(name)) {
            try (var clear = connection.createStatement()) {
                clear.executeUpdate("delete from " + Schema.quoted(name));
            }
        }
        var rows = new Rows(data, file, name, names, kinds);
        try (var insert = connection.prepareStatement(insertSql(table, names))) {
            var batch = new Batch(connection, insert, table, names, kinds);
            long refused = 0;
            if (table.selfReference().isEmpty()) {
                for (var row = rows.next(); row != null && refused == 0; row = rows.next()) {
                    refused = batch.add(row);
                }
            } else {
                var all = new ArrayList<Row>();
                for (var row = rows.next(); row != null; row = rows.next()) {
                    all.add(row);
                }
                for (var row : parentsFirst(table, names, all)) {
                    refused = refused == 0 ? batch.add(row) : refused;
                }
            }
            refused = refused == 0 ? batch.finish() : refused;
            if (refused > 0) {
                // a row the copy carries that the database does not take: too long, out of range, a key twice
                throw new BackupRefusedException(Message.of("backup.row", file, name, refused));
            }
            return batch.rows();
        }
    }

    /** The backup's columns are the table's, each of the same kind (in any order). */
    private static boolean sameColumns(Table table, List<String> names, List<ColumnKind> kinds) {
        if (names.size() != table.columns().size() || new HashSet<>(names).size() != names.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            int at = table.indexOf(names.get(i));
            if (at < 0 || table.columns().get(at).kind() != kinds.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** An error of the data (SQLSTATE class 22) or of a constraint (class 23): the copy's fault, not the database's. */
    private static boolean refusedData(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            var state = next.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** One row of a table with its number in the backup (from 1), by which a refusal names it. */
    private record Row(long number, Object[] values) {
    }

    /** The rows of one table as the backup carries them, each value read by its column's kind. */
    private static final class Rows {
        private final DataInputStream data;
        private final String file;
        private final String table;
        private final List<String> names;
        private final List<ColumnKind> kinds;
        private long number;

        Rows(DataInputStream data, String file, String table, List<String> names, List<ColumnKind> kinds) {
            this.data = data;
            this.file = file;
            this.table = table;
            this.names = names;
            this.kinds = kinds;
        }

        /** The next row, or null after the last. */
        Row next() throws IOException {
            if (!data.readBoolean()) {
                return null;
            }
            number++;
            var row = new Object[kinds.size()];
            for (int i = 0; i < row.length; i++) {
                try {
                    row[i] = kinds.get(i).read(data);
                } catch (DateTimeException | NumberFormatException e) {
                    throw new BackupRefusedException(Message.of("backup.value", file, table, number, names.get(i)));
                }
            }
            return new Row(number, row);
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

    /**
     * Rows sent to the database in batches of {@value #BATCH}, each batch after a savepoint: when the
     * database refuses one, the batch is taken back and its rows sent one by one to find the row.
     */
    private static final class Batch {
        private final Connection connection;
        private final PreparedStatement insert;
        private final List<ColumnKind> kinds;
        private final int[] types;
        private final List<Row> pending = new ArrayList<>();
        private long rows;

        Batch(Connection connection, PreparedStatement insert, Table table, List<String> names, List<ColumnKind> kinds) {
            this.connection = connection;
            this.insert = insert;
            this.kinds = kinds;
            this.types = names.stream().mapToInt(n -> table.columns().get(table.indexOf(n)).jdbcType()).toArray();
        }

        /** Adds a row; the number of a row the database refuses, else 0. */
        long add(Row row) throws SQLException {
            bind(row);
            insert.addBatch();
            pending.add(row);
            rows++;
            return pending.size() == BATCH ? send() : 0;
        }

        /** Sends what is left; the number of a row the database refuses, else 0. */
        long finish() throws SQLException {
            return pending.isEmpty() ? 0 : send();
        }

        long rows() {
            return rows;
        }

        private void bind(Row row) throws SQLException {
            for (int i = 0; i < row.values().length; i++) {
                kinds.get(i).bind(insert, i + 1, row.values()[i], types[i]);
            }
        }

        private long send() throws SQLException {
            var savepoint = connection.setSavepoint();
            try {
                insert.executeBatch();
                connection.releaseSavepoint(savepoint);
                pending.clear();
                return 0;
            } catch (SQLException e) {
                if (!refusedData(e)) {
                    throw e;
                }
                insert.clearBatch();
                connection.rollback(savepoint);
                return oneByOne(e);
            }
        }

        /** The first pending row the database refuses on its own (the batch's first if none is, alone). */
        private long oneByOne(SQLException refusal) throws SQLException {
            for (var row : pending) {
                bind(row);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (refusedData(e)) {
                        return row.number();
                    }
                    e.addSuppressed(refusal);
                    throw e;
                }
            }
            return pending.getFirst().number();
        }
    }

    /** The rows of a table whose rows name others of the same table (a node its parent), each after the one it names. */
    private static List<Row> parentsFirst(Table table, List<String> names, List<Row> rows) {
        var reference = table.selfReference().orElseThrow();
        var byKey = new HashMap<List<Object>, Row>();
        rows.forEach(row -> byKey.put(values(row, names, reference.to()), row));
        var out = new ArrayList<Row>();
        var placed = new HashSet<List<Object>>();
        for (var row : rows) {
            place(row, names, reference, byKey, placed, out);
        }
        return out;
    }

    /** The row after its ancestors, walked up without recursion (a long chain of parents is no deep stack). */
    private static void place(Row row, List<String> names, Table.SelfReference reference,
            Map<List<Object>, Row> byKey, Set<List<Object>> placed, List<Row> out) {
        var chain = new ArrayList<Row>();
        for (var at = row; at != null && placed.add(values(at, names, reference.to())); ) {
            chain.add(at);
            var parent = byKey.get(values(at, names, reference.from()));
            at = parent == at ? null : parent;
        }
        out.addAll(chain.reversed());
    }

    private static List<Object> values(Row row, List<String> names, List<String> columns) {
        return columns.stream().map(c -> row.values()[names.indexOf(c)]).toList();
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
