package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Credito per ritardo: what a deadline indicator scores when it was completed after its deadline.
 * By default nothing (0%).
 */
public sealed interface LateCredit {

    /** Late is not done: 0%. */
    record None() implements LateCredit {
    }

    /** 100% less {@code points} percentage points per day late, never below 0%. */
    record PointsPerDay(BigDecimal points) implements LateCredit {
        public PointsPerDay {
            LateCredit.requireNonNegative(points);
        }
    }

    /** 100% less {@code points} percentage points per week late or part of one, never below 0%. */
    record PointsPerWeek(BigDecimal points) implements LateCredit {
        public PointsPerWeek {
            LateCredit.requireNonNegative(points);
        }
    }

    /** A fixed partial credit, however late: e.g. 50%. */
    record Fixed(BigDecimal percent) implements LateCredit {
        public Fixed {
            LateCredit.requireNonNegative(percent);
            if (percent.compareTo(Rounding.HUNDRED) > 0) {
                throw new IllegalArgumentException("a late credit is at most 100%: " + percent);
            }
        }
    }

    LateCredit NONE = new None();

    /** The credit, in percent, for a completion {@code daysLate} days (at least one) after the deadline. */
    default BigDecimal credit(long daysLate) {
        return switch (this) {
            case None n -> BigDecimal.ZERO;
            case PointsPerDay p -> lessPoints(p.points(), daysLate);
            case PointsPerWeek p -> lessPoints(p.points(), Math.ceilDiv(daysLate, 7));
            case Fixed f -> f.percent();
        };
    }

    private static BigDecimal lessPoints(BigDecimal points, long periods) {
        return Rounding.HUNDRED.subtract(points.multiply(BigDecimal.valueOf(periods))).max(BigDecimal.ZERO);
    }

    private static void requireNonNegative(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("must not be negative: " + amount);
        }
    }
}
