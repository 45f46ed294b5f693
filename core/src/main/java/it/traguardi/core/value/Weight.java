package it.traguardi.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Peso: the share of a node within its siblings, in percent with two decimals ({@code 33,34%}).
 * A weight of zero marks an indicator that is monitored but never scored.
 */
public record Weight(BigDecimal percent) implements Comparable<Weight> {

    public static final Weight ZERO = new Weight(BigDecimal.ZERO);
    public static final Weight FULL = new Weight(BigDecimal.valueOf(100));
    /** Sibling weights may miss 100% by rounding, at most by this much (docs/domain.md, "Weights"). */
    public static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.01");

    public Weight {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a weight lies between 0% and 100%: " + percent);
        }
        percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Weight percent(String plain) {
        return new Weight(new BigDecimal(plain));
    }

    public boolean isZero() {
        return percent.signum() == 0;
    }

    /** Whether a group of sibling weights adding up to {@code sum} makes 100% within the tolerance. */
    public static boolean completes(BigDecimal sum) {
        return sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(SUM_TOLERANCE) <= 0;
    }

    @Override
    public int compareTo(Weight other) {
        return percent.compareTo(other.percent);
    }
}
