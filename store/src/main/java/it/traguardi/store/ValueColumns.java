package it.traguardi.store;

import it.traguardi.core.value.Notation;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a baseline {@link Value} and a {@link Target} are spread over typed columns: a kind, then
 * only the columns that kind uses (the others stay null).
 */
final class ValueColumns {

    static final String BASELINE_COLUMNS = "kind, amount, amount_scale, unit, date_value, flag";
    static final int BASELINE_PARAMETERS = 6;
    static final String TARGET_COLUMNS =
            "kind, amount, amount_scale, amount_high, amount_high_scale, unit, notation, date_value, flag";
    static final int TARGET_PARAMETERS = 9;

    private ValueColumns() {
    }

    /** Binds a value to {@link #BASELINE_COLUMNS}, starting at parameter {@code first}. */
    static void bind(PreparedStatement statement, int first, Value value) throws SQLException {
        var number = value instanceof Value.Amount n ? n.quantity() : null;
        statement.setString(first, switch (value) {
            case Value.Amount n -> "NUMBER";
            case Value.Day d -> "DAY";
            case Value.Flag f -> "FLAG";
            case Value.Missing m -> "MISSING";
        });
        Columns.setAmount(statement, first + 1, number == null ? null : number.amount());
        Columns.setString(statement, first + 3, number == null ? null : number.unit().name());
        Columns.setDate(statement, first + 4, value instanceof Value.Day d ? d.date() : null);
        Columns.setFlag(statement, first + 5, value instanceof Value.Flag f ? f.yes() : null);
    }

    static Value value(ResultSet row) throws SQLException {
        var kind = row.getString("kind");
        return switch (kind) {
            case "NUMBER" -> Value.of(Columns.quantity(row, "amount", "amount_scale"));
            case "DAY" -> new Value.Day(Columns.date(row));
            case "FLAG" -> new Value.Flag(row.getBoolean("flag"));
            case "MISSING" -> Value.MISSING;
            default -> throw new IllegalStateException("unknown value kind in the database: " + kind);
        };
    }

    /** Binds a target to {@link #TARGET_COLUMNS}, starting at parameter {@code first}. */
    static void bind(PreparedStatement statement, int first, Target target) throws SQLException {
        var cells = TargetCells.of(target);
        statement.setString(first, cells.kind());
        Columns.setAmount(statement, first + 1, cells.low() == null ? null : cells.low().amount());
        Columns.setAmount(statement, first + 3, cells.high() == null ? null : cells.high().amount());
        Columns.setString(statement, first + 5, cells.low() == null ? null : cells.low().unit().name());
        Columns.setString(statement, first + 6, cells.notation() == null ? null : cells.notation().name());
        Columns.setDate(statement, first + 7, target instanceof Target.Deadline d ? d.date() : null);
        Columns.setFlag(statement, first + 8, target instanceof Target.Milestone m ? m.expected() : null);
    }

    static Target target(ResultSet row) throws SQLException {
        var kind = row.getString("kind");
        return switch (kind) {
            case "AT_LEAST" -> new Target.AtLeast(Columns.quantity(row, "amount", "amount_scale"), notation(row));
            case "AT_MOST" -> new Target.AtMost(Columns.quantity(row, "amount", "amount_scale"), notation(row));
            case "EXACTLY" -> new Target.Exactly(Columns.quantity(row, "amount", "amount_scale"));
            case "BETWEEN" -> new Target.Between(Columns.quantity(row, "amount", "amount_scale"),
                    Columns.quantity(row, "amount_high", "amount_high_scale"));
            case "DEADLINE" -> new Target.Deadline(Columns.date(row));
            case "MILESTONE" -> new Target.Milestone(row.getBoolean("flag"));
            case "MISSING" -> Target.MISSING;
            default -> throw new IllegalStateException("unknown target kind in the database: " + kind);
        };
    }

    private static Notation notation(ResultSet row) throws SQLException {
        return Notation.valueOf(row.getString("notation"));
    }
}
