package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Regole di misurazione (from the body's SMVP): how an indicator's raw achievement becomes its
 * score, and what N/D does. The rules are applied to indicators; objectives, areas and the entity
 * are plain weighted means of their children, coloured by {@link #lights()}.
 *
 * @param capAtFull  whether an achievement above 100% is cut to 100%
 * @param floor      below the floor an achievement becomes 0%
 * @param bands      score bands; continuous when empty
 * @param lateCredit what a deadline met late earns
 * @param missing    whether an N/D indicator is left out or counts as 0%
 * @param lights     traffic-light thresholds
 */
public record ScoringPolicy(boolean capAtFull, Floor floor, ScoreBands bands, LateCredit lateCredit,
        MissingPolicy missing, TrafficLights lights) {

    public ScoringPolicy {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(lateCredit, "lateCredit");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(lights, "lights");
    }

    /**
     * What chambers publish (docs/domain.md, "How an indicator scores, by default"): capped at
     * 100%, no floor, continuous, a late deadline earns 0%, N/D indicators are left out and their
     * siblings rescaled, lights at 90% and 70%.
     */
    public static ScoringPolicy defaults() {
        return new ScoringPolicy(true, Floor.NONE, ScoreBands.continuous(), LateCredit.NONE,
                MissingPolicy.EXCLUDE_AND_RESCALE, TrafficLights.defaults());
    }

    /**
     * From a raw achievement (percent, possibly negative or above 100) to the score: negative
     * becomes 0, then the cap, then the floor, then the bands, in this order.
     */
    public BigDecimal settle(BigDecimal raw) {
        var achievement = raw.max(BigDecimal.ZERO);
        if (capAtFull) {
            achievement = achievement.min(Rounding.HUNDRED);
        }
        return bands.apply(floor.apply(achievement));
    }

    public ScoringPolicy withCapAtFull(boolean cap) {
        return new ScoringPolicy(cap, floor, bands, lateCredit, missing, lights);
    }

    public ScoringPolicy withFloor(Floor newFloor) {
        return new ScoringPolicy(capAtFull, newFloor, bands, lateCredit, missing, lights);
    }

    public ScoringPolicy withBands(ScoreBands newBands) {
        return new ScoringPolicy(capAtFull, floor, newBands, lateCredit, missing, lights);
    }

    public ScoringPolicy withLateCredit(LateCredit credit) {
        return new ScoringPolicy(capAtFull, floor, bands, credit, missing, lights);
    }

    public ScoringPolicy withMissing(MissingPolicy policy) {
        return new ScoringPolicy(capAtFull, floor, bands, lateCredit, policy, lights);
    }

    public ScoringPolicy withLights(TrafficLights newLights) {
        return new ScoringPolicy(capAtFull, floor, bands, lateCredit, missing, newLights);
    }
}
