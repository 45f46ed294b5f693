package it.traguardi.core.value;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Target (valore atteso): what an indicator should reach in a year. The kind decides how the
 * degree of achievement is computed.
 */
public sealed interface Target {

    /** {@code ≥ t}: more is better. */
    record AtLeast(Quantity threshold, Notation notation) implements Target {
        public AtLeast {
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(notation, "notation");
        }
    }

    /** {@code ≤ t}: less is better (times, costs, negative day counts). */
    record AtMost(Quantity threshold, Notation notation) implements Target {
        public AtMost {
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(notation, "notation");
        }
    }

    /** {@code = t}: a number of things to be done. */
    record Exactly(Quantity value) implements Target {
        public Exactly {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code tra a e b}: a range, both ends included. */
    record Between(Quantity low, Quantity high) implements Target {
        public Between {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            if (low.unit() != high.unit()) {
                throw new IllegalArgumentException("range ends have different units");
            }
            if (low.compareAmount(high) > 0) {
                throw new IllegalArgumentException("range starts after it ends");
            }
        }
    }

    /** {@code Entro dd-mm-yyyy}: to be completed on or before a date. */
    record Deadline(LocalDate date) implements Target {
        public Deadline {
            Objects.requireNonNull(date, "date");
        }
    }

    /** Si'/No: a milestone that is expected to be reached ({@code SI}) or not. */
    record Milestone(boolean expected) implements Target {
    }

    /** N/D: no target set for that year. */
    record Missing() implements Target {
    }

    Target MISSING = new Missing();

    /** The unit of the values this target is compared with. */
    default Unit unit() {
        return switch (this) {
            case AtLeast t -> t.threshold().unit();
            case AtMost t -> t.threshold().unit();
            case Exactly t -> t.value().unit();
            case Between t -> t.low().unit();
            case Deadline t -> Unit.DATE;
            case Milestone t -> Unit.YES_NO;
            case Missing t -> Unit.UNSPECIFIED;
        };
    }
}
