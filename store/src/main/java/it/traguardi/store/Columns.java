package it.traguardi.store;

import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Binding and reading of the nullable columns that hold parts of values and targets. */
final class Columns {

    /** The decimals the amount columns keep (numeric(38, 12)); more would be rounded silently. */
    static final int MAX_SCALE = 12;

    private Columns() {
    }

    static void setString(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    static void setDecimal(PreparedStatement statement, int index, BigDecimal number) throws SQLException {
        if (number == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, number);
        }
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    static void setFlag(PreparedStatement statement, int index, Boolean flag) throws SQLException {
        if (flag == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, flag);
        }
    }

    /** Binds an amount and its scale to two consecutive parameters (both null for no amount). */
    static void setAmount(PreparedStatement statement, int index, BigDecimal amount) throws SQLException {
        if (amount != null && amount.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("cannot store more than " + MAX_SCALE + " decimals: " + amount);
        }
        setDecimal(statement, index, amount);
        if (amount == null) {
            statement.setNull(index + 1, Types.INTEGER);
        } else {
            statement.setInt(index + 1, amount.scale());
        }
    }

    /** The amount as it was written: the stored number brought back to its stored scale. */
    static BigDecimal amount(ResultSet row, String amountColumn, String scaleColumn) throws SQLException {
        return row.getBigDecimal(amountColumn).setScale(row.getInt(scaleColumn), RoundingMode.UNNECESSARY);
    }

    static Quantity quantity(ResultSet row, String amountColumn, String scaleColumn) throws SQLException {
        return new Quantity(amount(row, amountColumn, scaleColumn), Unit.valueOf(row.getString("unit")));
    }

    static LocalDate date(ResultSet row) throws SQLException {
        return row.getObject("date_value", LocalDate.class);
    }
}
