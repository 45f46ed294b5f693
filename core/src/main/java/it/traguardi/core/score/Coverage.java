package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Copertura: what a score stands on. Of the indicators that count below a node (those whose weight
 * and every ancestor's weight are not 0%), how many have been measured, and the share of the node's
 * weight they carry: the weighted mean of the children's shares by their weights, an indicator's
 * share being 100% when measured and 0% when not (docs/scoring.md, "Coverage"). Children with
 * nothing that counts below them are left out of the mean, as the score leaves them out. A score
 * that stands on less than the policy's threshold is {@linkplain #provisional provisional}.
 *
 * @param measured    indicators that count and have a score
 * @param counted     indicators that count
 * @param exactShare  percent of the node's weight carried by the measured ones, exact
 * @param provisional whether the node has a score standing on less of its weight than the threshold
 */
public record Coverage(int measured, int counted, BigDecimal exactShare, boolean provisional) {

    /** Nothing below counts (a monitoring-only indicator, an empty objective). */
    public static final Coverage NONE = new Coverage(0, 0, BigDecimal.ZERO, false);

    public Coverage {
        Objects.requireNonNull(exactShare, "exactShare");
        if (measured < 0 || counted < measured) {
            throw new IllegalArgumentException("measured " + measured + " of " + counted);
        }
        if (exactShare.signum() < 0 || exactShare.compareTo(Rounding.HUNDRED) > 0) {
            throw new IllegalArgumentException("share out of 0..100: " + exactShare);
        }
    }

    /** The share as shown: two decimals, half up (the one rounding policy). */
    public BigDecimal share() {
        return Rounding.shown(exactShare);
    }

    /** Whether every indicator that counts has been measured. */
    public boolean complete() {
        return measured == counted;
    }
}
