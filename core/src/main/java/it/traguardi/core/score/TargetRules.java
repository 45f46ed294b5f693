package it.traguardi.core.score;

import static it.traguardi.core.score.Rounding.HUNDRED;
import static it.traguardi.core.score.Rounding.percentOf;

import java.math.BigDecimal;

/**
 * The raw degree of achievement of a number against a numeric target, in percent, before the
 * policy (cap, floor, bands) is applied. The result may be negative or above 100; the policy
 * settles it. The rules (docs/domain.md, "How an indicator scores, by default", and docs/scoring.md):
 *
 * <ul>
 *   <li>{@code ≥ t}, t &gt; 0: actual / t. A negative actual gives a negative ratio, settled to 0%.
 *       t &lt; 0: the distance rule 1 + (actual − t) / |t|, which equals actual / t for positive t
 *       and stays correct when more (less negative) is better. t = 0: 100% when actual ≥ 0, else 0%
 *       (there is no scale to measure a shortfall against).
 *   <li>{@code ≤ t}, actual ≤ t: 100%; uncapped, the over-achievement is 1 + (t − actual) / |t|
 *       (100% when t = 0, since there is no scale). Actual &gt; t: t / actual when t &gt; 0 (so both are
 *       positive), else 1 − (actual − t) / |t|, which is right for negative targets such as
 *       {@code ≤ -18 gg} where more negative is better. t = 0 and actual &gt; 0: 0%.
 *   <li>{@code = t}: proportional, actual / t (counts of things done); t = 0: 100% only when the
 *       actual is 0, else 0%.
 *   <li>range {@code tra a e b}: 100% inside, ends included. Outside, relative to the nearest end:
 *       below the range it scores as {@code ≥ a}, above as {@code ≤ b} — so the rule does not
 *       depend on how wide the range is, and never exceeds 100%.
 * </ul>
 */
final class TargetRules {

    private TargetRules() {
    }

    static BigDecimal atLeast(BigDecimal target, BigDecimal actual) {
        if (target.signum() == 0) {
            return actual.signum() >= 0 ? HUNDRED : BigDecimal.ZERO;
        }
        if (target.signum() > 0) {
            return percentOf(actual, target);
        }
        return HUNDRED.add(percentOf(actual.subtract(target), target.abs()));
    }

    static BigDecimal atMost(BigDecimal target, BigDecimal actual) {
        if (actual.compareTo(target) <= 0) {
            return target.signum() == 0 ? HUNDRED : HUNDRED.add(percentOf(target.subtract(actual), target.abs()));
        }
        if (target.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (target.signum() > 0) {
            return percentOf(target, actual);
        }
        return HUNDRED.subtract(percentOf(actual.subtract(target), target.abs()));
    }

    static BigDecimal exactly(BigDecimal target, BigDecimal actual) {
        if (target.signum() == 0) {
            return actual.signum() == 0 ? HUNDRED : BigDecimal.ZERO;
        }
        return percentOf(actual, target);
    }

    static BigDecimal between(BigDecimal low, BigDecimal high, BigDecimal actual) {
        if (actual.compareTo(low) < 0) {
            return atLeast(low, actual);
        }
        return actual.compareTo(high) > 0 ? atMost(high, actual) : HUNDRED;
    }
}
