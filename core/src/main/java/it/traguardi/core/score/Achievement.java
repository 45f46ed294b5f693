package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Grado di raggiungimento: a degree of achievement in percent (100 = fully achieved), kept exact.
 * Only {@link #percent()} rounds, so parents are computed from their children's exact values and
 * a rounded figure is never rounded again.
 */
public record Achievement(BigDecimal exact) implements Comparable<Achievement> {

    public static final Achievement NONE = new Achievement(BigDecimal.ZERO);
    public static final Achievement FULL = new Achievement(Rounding.HUNDRED);

    public Achievement {
        Objects.requireNonNull(exact, "exact");
        if (exact.signum() < 0) {
            throw new IllegalArgumentException("an achievement is never negative: " + exact);
        }
    }

    /** The percentage shown in reports: two decimals, HALF_UP. */
    public BigDecimal percent() {
        return Rounding.shown(exact);
    }

    @Override
    public int compareTo(Achievement other) {
        return exact.compareTo(other.exact);
    }
}
