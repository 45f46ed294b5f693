package it.traguardi.core.formula;

import it.traguardi.core.value.Unit;
import java.util.Objects;

/** Dimensione: what a formula (or part of it) measures, as far as {@link FormulaCheck} can tell. */
public sealed interface Dimension {

    /** A value in a known unit: {@code €}, {@code gg}, {@code %} or {@code N.}. */
    record Of(Unit unit) implements Dimension {
        public Of {
            Objects.requireNonNull(unit, "unit");
            if (!unit.numeric()) {
                throw new IllegalArgumentException("not a numeric unit: " + unit);
            }
        }
    }

    /** A plain number: a constant, or the ratio of two values in the same unit. */
    record Plain() implements Dimension {
    }

    /** Not known: a measure without a unit, or a product such as gg × €, which has no unit of its own. */
    record Unknown() implements Dimension {
    }
}
