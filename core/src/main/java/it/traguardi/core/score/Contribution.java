package it.traguardi.core.score;

import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A part that took part in a weighted mean.
 *
 * @param weight          the weight as planned
 * @param effectiveWeight the weight after rescaling over the contributors (they sum to 100), exact
 * @param achievement     the part's achievement; 0% when it was N/D and counted as zero
 * @param contribution    effective weight × achievement / 100, exact: the points it adds to the parent
 * @param countedAsZero   whether the part was N/D and counted as 0% by the policy
 */
public record Contribution(Part part, Weight weight, BigDecimal effectiveWeight, Achievement achievement,
        BigDecimal contribution, boolean countedAsZero) {

    public Contribution {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(effectiveWeight, "effectiveWeight");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(contribution, "contribution");
    }

    /** The effective weight as shown: two decimals. */
    public BigDecimal effectiveWeightShown() {
        return Rounding.shown(effectiveWeight);
    }

    /** The contribution as shown: two decimals. */
    public BigDecimal contributionShown() {
        return Rounding.shown(contribution);
    }
}
