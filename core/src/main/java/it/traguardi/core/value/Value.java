package it.traguardi.core.value;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Valore: what a baseline or an actual value can be. N/D ("non disponibile") is a state of its
 * own, never zero.
 */
public sealed interface Value {

    /** A number with its unit. */
    record Amount(Quantity quantity) implements Value {
        public Amount {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A date, e.g. the day a milestone was completed. */
    record Day(LocalDate date) implements Value {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** Si'/No. */
    record Flag(boolean yes) implements Value {
    }

    /** N/D: not available. */
    record Missing() implements Value {
    }

    Value MISSING = new Missing();

    static Value of(Quantity quantity) {
        return new Amount(quantity);
    }

    /** The unit a value implies: its own for numbers, DATE and YES_NO otherwise. */
    default Unit unit() {
        return switch (this) {
            case Amount a -> a.quantity().unit();
            case Day d -> Unit.DATE;
            case Flag f -> Unit.YES_NO;
            case Missing m -> Unit.UNSPECIFIED;
        };
    }
}
