package it.traguardi.store;

import it.traguardi.core.measure.Period;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The two columns of a period, {@code period_year} and {@code period_date} (null for the year's final measurement). */
final class PeriodColumns {

    /** The condition on the period's two columns of the table {@code alias}: one parameter for a year, two for a day. */
    static String condition(String alias, Period period) {
        return switch (period) {
            case Period.Year y -> alias + ".period_year = ? and " + alias + ".period_date is null";
            case Period.Day d -> alias + ".period_year = ? and " + alias + ".period_date = ?";
        };
    }

    private PeriodColumns() {
    }

    /** Binds the condition's parameters from {@code index}; returns the next index. */
    static int bindCondition(PreparedStatement statement, int index, Period period) throws SQLException {
        statement.setInt(index, period.year());
        if (period instanceof Period.Day day) {
            statement.setObject(index + 1, day.date());
            return index + 2;
        }
        return index + 1;
    }

    /** Binds the two columns for an insert from {@code index}; returns the next index. */
    static int bind(PreparedStatement statement, int index, Period period) throws SQLException {
        statement.setInt(index, period.year());
        Columns.setDate(statement, index + 1, period.day().orElse(null));
        return index + 2;
    }

    /** The period of the current row. */
    static Period of(ResultSet row) throws SQLException {
        var date = row.getObject("period_date", LocalDate.class);
        return date == null ? Period.of(row.getInt("period_year")) : new Period.Day(date);
    }
}
