package it.traguardi.core.transfer;

import it.traguardi.core.value.Limits;
import java.util.List;
import java.util.Objects;

/**
 * One field of a section of a full plan, with the bounds of the column that keeps it: for a text
 * its length ({@code max}) or its allowed words; for an integer its range; for a decimal the
 * digits before the mark ({@code max}) and after it ({@code scale}).
 */
public record Field(String name, FieldType type, boolean nullable, long min, long max, int scale,
        List<String> allowed) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        allowed = List.copyOf(allowed);
    }

    static Field text(String name, int length) {
        return new Field(name, FieldType.TEXT, false, 0, length, 0, List.of());
    }

    static Field optionalText(String name, int length) {
        return new Field(name, FieldType.TEXT, true, 0, length, 0, List.of());
    }

    static Field choice(String name, String... words) {
        return new Field(name, FieldType.TEXT, false, 0, 200, 0, List.of(words));
    }

    static Field optionalChoice(String name, String... words) {
        return new Field(name, FieldType.TEXT, true, 0, 200, 0, List.of(words));
    }

    /** A key, a position or a count: 0 up to the largest SQL integer. */
    static Field integer(String name) {
        return new Field(name, FieldType.INTEGER, false, 0, Integer.MAX_VALUE, 0, List.of());
    }

    static Field optionalInteger(String name) {
        return new Field(name, FieldType.INTEGER, true, 0, Integer.MAX_VALUE, 0, List.of());
    }

    static Field year(String name) {
        return new Field(name, FieldType.INTEGER, false, Limits.FIRST_YEAR, Limits.LAST_YEAR, 0, List.of());
    }

    /** The number of decimals an amount was written with (numeric(38, 12) keeps 12). */
    static Field optionalScale(String name) {
        return new Field(name, FieldType.INTEGER, true, 0, Limits.AMOUNT_DECIMALS, 0, List.of());
    }

    static Field decimal(String name, int digits, int scale) {
        return new Field(name, FieldType.DECIMAL, false, 0, digits, scale, List.of());
    }

    static Field optionalDecimal(String name, int digits, int scale) {
        return new Field(name, FieldType.DECIMAL, true, 0, digits, scale, List.of());
    }

    static Field date(String name, boolean nullable) {
        return new Field(name, FieldType.DATE, nullable, 0, 0, 0, List.of());
    }

    static Field time(String name, boolean nullable) {
        return new Field(name, FieldType.TIME, nullable, 0, 0, 0, List.of());
    }

    static Field flag(String name, boolean nullable) {
        return new Field(name, FieldType.FLAG, nullable, 0, 0, 0, List.of());
    }
}
