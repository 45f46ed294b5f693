package it.traguardi.store;

import it.traguardi.core.transfer.FullCell;
import it.traguardi.core.transfer.Field;
import it.traguardi.core.transfer.FieldType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A column read as a cell of a full plan and a cell bound to a column. Decimals are read without
 * trailing zeros (H2 and PostgreSQL pad them differently; the written scale is a column of its
 * own), instants in UTC: the same rows give the same cells on both databases.
 */
final class TransferCells {

    private TransferCells() {
    }

    static FullCell read(ResultSet row, int index, Field field) throws SQLException {
        FullCell cell = switch (field.type()) {
            case TEXT -> text(row.getString(index));
            case INTEGER -> {
                var n = row.getLong(index);
                yield row.wasNull() ? FullCell.EMPTY : new FullCell.Decimal(BigDecimal.valueOf(n));
            }
            case DECIMAL -> decimal(row.getBigDecimal(index));
            case DATE -> {
                var d = row.getObject(index, LocalDate.class);
                yield d == null ? FullCell.EMPTY : new FullCell.Day(d);
            }
            case TIME -> {
                var t = row.getObject(index, OffsetDateTime.class);
                yield t == null ? FullCell.EMPTY : new FullCell.Time(t.toInstant());
            }
            case FLAG -> {
                var f = row.getBoolean(index);
                yield row.wasNull() ? FullCell.EMPTY : new FullCell.Flag(f);
            }
        };
        return cell;
    }

    private static FullCell text(String text) {
        return text == null ? FullCell.EMPTY : new FullCell.Text(text);
    }

    private static FullCell decimal(BigDecimal number) {
        if (number == null) {
            return FullCell.EMPTY;
        }
        var plain = number.stripTrailingZeros();
        return new FullCell.Decimal(plain.scale() < 0 ? plain.setScale(0, RoundingMode.UNNECESSARY) : plain);
    }

    static void bind(PreparedStatement statement, int index, Field field, FullCell cell) throws SQLException {
        switch (cell) {
            case FullCell.Text t -> statement.setString(index, t.text());
            case FullCell.Decimal n when field.type() == FieldType.INTEGER ->
                    statement.setLong(index, n.number().longValueExact());
            case FullCell.Decimal n -> statement.setBigDecimal(index, n.number());
            case FullCell.Day d -> statement.setObject(index, d.date());
            case FullCell.Time t -> statement.setObject(index, t.instant().atOffset(ZoneOffset.UTC));
            case FullCell.Flag f -> statement.setBoolean(index, f.yes());
            case FullCell.Empty e -> statement.setNull(index, switch (field.type()) {
                case TEXT -> Types.VARCHAR;
                case INTEGER -> Types.INTEGER;
                case DECIMAL -> Types.NUMERIC;
                case DATE -> Types.DATE;
                case TIME -> Types.TIMESTAMP_WITH_TIMEZONE;
                case FLAG -> Types.BOOLEAN;
            });
        }
    }
}
