package it.traguardi.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Istantanee per le modifiche: what the edit forms showed of a plan at one version (its nodes'
 * fields, in whatever form the caller writes them), in the database (table {@code edit_snapshot})
 * until they expire, so that a save made over an old version, on any server and after a restart,
 * is told what changed since. The store keeps only a plan's current version; these are kept for
 * the comparison alone.
 */
public final class EditSnapshots {

    private static final String INSERT = """
            insert into edit_snapshot (entity, plan_year, version, content, expires_at) values (?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            select content from edit_snapshot where entity = ? and plan_year = ? and version = ? and expires_at > ?""";

    private static final String EXISTS = """
            select 1 from edit_snapshot where entity = ? and plan_year = ? and version = ? and expires_at > ?""";

    private final DataSource dataSource;

    public EditSnapshots(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Whether the version is kept (and not expired): a version is written once, then only read. */
    public boolean has(String entity, int year, int version, Instant now) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(EXISTS)) {
            select.setString(1, entity);
            select.setInt(2, year);
            select.setInt(3, version);
            select.setObject(4, PendingUploadStore.at(now));
            try (var row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new StoreException("looking for version " + version + " of " + entity + " " + year, e);
        }
    }

    /**
     * Keeps a version until {@code expires}; a version kept already (by another request or server,
     * maybe at the same moment) stays as it is: a version of a plan is always the same plan.
     */
    public void keep(String entity, int year, int version, byte[] content, Instant expires, Instant now) {
        // one statement at a time: on PostgreSQL a refused insert would spoil a transaction around it
        try (var connection = dataSource.getConnection()) {
            try (var delete = connection.prepareStatement("delete from edit_snapshot where expires_at <= ?")) {
                delete.setObject(1, PendingUploadStore.at(now));
                delete.executeUpdate();
            }
            if (!has(entity, year, version, now)) {
                insert(connection, entity, year, version, content, expires);
            }
        } catch (SQLException e) {
            throw new StoreException("keeping version " + version + " of " + entity + " " + year, e);
        }
    }

    private static void insert(Connection connection, String entity, int year, int version, byte[] content,
            Instant expires) throws SQLException {
        try (var insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entity);
            insert.setInt(2, year);
            insert.setInt(3, version);
            insert.setBytes(4, content);
            insert.setObject(5, PendingUploadStore.at(expires));
            insert.executeUpdate();
        } catch (SQLException e) {
            // kept by another request at the same moment: the same version, the same content
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** The content kept for the version, unless it expired. */
    public Optional<byte[]> find(String entity, int year, int version, Instant now) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(SELECT)) {
            select.setString(1, entity);
            select.setInt(2, year);
            select.setInt(3, version);
            select.setObject(4, PendingUploadStore.at(now));
            try (var row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading version " + version + " of " + entity + " " + year, e);
        }
    }
}
