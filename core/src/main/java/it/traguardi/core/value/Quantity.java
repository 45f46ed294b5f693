package it.traguardi.core.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Quantita': an exact number with its unit. The scale of the number is kept as written, so that
 * {@code 67,00 %} and {@code 3 gg} are printed back the same way.
 */
public record Quantity(BigDecimal amount, Unit unit) {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (!unit.numeric()) {
            throw new IllegalArgumentException("a quantity needs a numeric unit, not " + unit);
        }
    }

    /** Compares by numeric value, ignoring scale and unit. */
    public int compareAmount(Quantity other) {
        return amount.compareTo(other.amount);
    }
}
