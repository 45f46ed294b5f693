package it.traguardi.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Caricamenti in attesa: uploaded files between their preview and their confirmation, in the
 * database (table {@code pending_upload}) under a random token, bound to the entity and year of the
 * plan they previewed, until they expire. Any server on the database confirms what another previewed,
 * and a restart loses nothing. Expired files are deleted whenever a new one is kept.
 */
public final class PendingUploadStore {

    /** A file waiting for its confirmation. */
    public record PendingFile(String token, String entity, int year, String fileName, byte[] content, Instant expires) {
        public PendingFile {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(expires, "expires");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** What the files not yet expired take: how many, how many bytes, and when the first of them expires. */
    public record Held(int files, long bytes, Instant firstExpiry) {
    }

    private static final String INSERT = """
            insert into pending_upload (token, entity, plan_year, file_name, content, size_bytes, created_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            select token, entity, plan_year, file_name, content, expires_at from pending_upload
            where token = ? and expires_at > ?""";
    private static final String HELD = """
            select count(*), coalesce(sum(size_bytes), 0), min(expires_at) from pending_upload where expires_at > ?""";

    private final DataSource dataSource;

    public PendingUploadStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Keeps the file; the expired ones go in the same transaction. */
    public void keep(PendingFile file, Instant now) {
        Transactions.inTransaction(dataSource, "keeping an upload of " + file.entity() + " " + file.year(), connection -> {
            purge(connection, now);
            try (var insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, file.token());
                insert.setString(2, file.entity());
                insert.setInt(3, file.year());
                insert.setString(4, file.fileName());
                insert.setBytes(5, file.content);
                insert.setLong(6, file.content.length);
                insert.setObject(7, at(now));
                insert.setObject(8, at(file.expires()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The file kept under the token, unless it expired or was forgotten. */
    public Optional<PendingFile> find(String token, Instant now) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(SELECT)) {
            select.setString(1, token);
            select.setObject(2, at(now));
            try (var row = select.executeQuery()) {
                return row.next() ? Optional.of(file(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading a pending upload", e);
        }
    }

    /** What the files not yet expired take, for the limit on them all. */
    public Held held(Instant now) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(HELD)) {
            select.setObject(1, at(now));
            try (var row = select.executeQuery()) {
                row.next();
                var first = row.getObject(3, OffsetDateTime.class);
                return new Held(row.getInt(1), row.getLong(2), first == null ? now : first.toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("counting the pending uploads", e);
        }
    }

    /** Once its plan is saved, the file is no longer needed. */
    public void forget(String token) {
        Transactions.inTransaction(dataSource, "forgetting a pending upload", connection -> {
            try (var delete = connection.prepareStatement("delete from pending_upload where token = ?")) {
                delete.setString(1, token);
                return delete.executeUpdate();
            }
        });
    }

    /** Deletes the files expired at {@code now}; returns how many. */
    public int purge(Instant now) {
        return Transactions.inTransaction(dataSource, "deleting expired uploads", connection -> purge(connection, now));
    }

    private static int purge(Connection connection, Instant now) throws SQLException {
        try (var delete = connection.prepareStatement("delete from pending_upload where expires_at <= ?")) {
            delete.setObject(1, at(now));
            return delete.executeUpdate();
        }
    }

    private static PendingFile file(ResultSet row) throws SQLException {
        return new PendingFile(row.getString("token"), row.getString("entity"), row.getInt("plan_year"),
                row.getString("file_name"), row.getBytes("content"), row.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
