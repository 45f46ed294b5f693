package it.traguardi.store.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * How a column's values are carried in a backup: by kind, not by the database's own type, so a
 * backup of H2 restores into PostgreSQL and back. Each value is written after a presence byte.
 */
enum ColumnKind {
    INTEGER, TEXT, DECIMAL, BOOLEAN, DATE, TIMESTAMP_WITH_ZONE, TIMESTAMP, BYTES, DOUBLE;

    /** The kind of a column from what the driver says of it (PostgreSQL calls timestamptz a TIMESTAMP). */
    static ColumnKind of(int jdbcType, String typeName) {
        var name = typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_ZONE;
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? TIMESTAMP_WITH_ZONE : TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
            default -> TEXT;
        };
    }

    /** Copies the value of column {@code index} of the current row to the backup. */
    void copy(ResultSet row, int index, DataOutputStream out) throws SQLException, IOException {
        Object value = switch (this) {
            case INTEGER -> row.getLong(index);
            case TEXT -> row.getString(index);
            case DECIMAL -> row.getBigDecimal(index);
            case BOOLEAN -> row.getBoolean(index);
            case DATE -> row.getObject(index, LocalDate.class);
            case TIMESTAMP_WITH_ZONE -> row.getObject(index, OffsetDateTime.class);
            case TIMESTAMP -> row.getObject(index, LocalDateTime.class);
            case BYTES -> row.getBytes(index);
            case DOUBLE -> row.getDouble(index);
        };
        put(value != null && !row.wasNull() ? value : null, out);
    }

    /** Writes a value as {@link #read} reads it back: its presence, then the value when present. */
    void put(Object value, DataOutputStream out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            write(value, out);
        }
    }

    private void write(Object value, DataOutputStream out) throws IOException {
        switch (this) {
            case INTEGER -> out.writeLong((Long) value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case DOUBLE -> out.writeDouble((Double) value);
            case BYTES -> bytes((byte[]) value, out);
            case TEXT, DECIMAL, DATE, TIMESTAMP_WITH_ZONE, TIMESTAMP ->
                    bytes(value.toString().getBytes(StandardCharsets.UTF_8), out);
        }
    }

    private static void bytes(byte[] bytes, DataOutputStream out) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads one value from the backup; null when it was absent. A value whose text is no number,
     * day or instant is a {@link DateTimeException} or a {@link NumberFormatException}.
     */
    Object read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return switch (this) {
            case INTEGER -> in.readLong();
            case BOOLEAN -> in.readBoolean();
            case DOUBLE -> in.readDouble();
            case BYTES -> bytes(in);
            case TEXT -> text(in);
            case DECIMAL -> new BigDecimal(text(in));
            case DATE -> LocalDate.parse(text(in));
            case TIMESTAMP_WITH_ZONE -> OffsetDateTime.parse(text(in));
            case TIMESTAMP -> LocalDateTime.parse(text(in));
        };
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > BackupFormat.LARGEST_VALUE) {
            throw new IOException("value of " + length + " bytes");
        }
        var bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** Binds a value read from the backup; a null as the target column's own type. */
    void bind(PreparedStatement insert, int index, Object value, int targetType) throws SQLException {
        if (value == null) {
            insert.setNull(index, targetType);
            return;
        }
        switch (this) {
            case INTEGER -> insert.setLong(index, (Long) value);
            case TEXT -> insert.setString(index, (String) value);
            case DECIMAL -> insert.setBigDecimal(index, (BigDecimal) value);
            case BOOLEAN -> insert.setBoolean(index, (Boolean) value);
            case BYTES -> insert.setBytes(index, (byte[]) value);
            case DOUBLE -> insert.setDouble(index, (Double) value);
            case DATE, TIMESTAMP_WITH_ZONE, TIMESTAMP -> insert.setObject(index, value);
        }
    }
}
