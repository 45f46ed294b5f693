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
 * @param provisionalBelow percent of a node's weight that its measured indicators must carry for its
 *                   score not to be provisional ({@link Coverage}); 0: never provisional
 */
public record ScoringPolicy(boolean capAtFull, Floor floor, ScoreBands bands, LateCredit lateCredit,
        MissingPolicy missing, TrafficLights lights, BigDecimal provisionalBelow) {

    /** The threshold of coverage under which a score is provisional, unless a plan sets its own. */
    public static final BigDecimal DEFAULT_PROVISIONAL_BELOW = BigDecimal.valueOf(50);

    public ScoringPolicy {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(lateCredit, "lateCredit");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(lights, "lights");
        Objects.requireNonNull(provisionalBelow, "provisionalBelow");
        if (provisionalBelow.signum() < 0 || provisionalBelow.compareTo(Rounding.HUNDRED) > 0) {
            throw new IllegalArgumentException("provisional threshold out of 0..100: " + provisionalBelow);
        }
    }

    /** The rules with the default threshold of coverage, {@link #DEFAULT_PROVISIONAL_BELOW}%. */
    public ScoringPolicy(boolean capAtFull, Floor floor, ScoreBands bands, LateCredit lateCredit,
            MissingPolicy missing, TrafficLights lights) {
        this(capAtFull, floor, bands, lateCredit, missing, lights, DEFAULT_PROVISIONAL_BELOW);
    }

    /**
     * What chambers publish (docs/domain.md, "How an indicator scores, by default"): capped at
     * 100%, no floor, continuous, a late deadline earns 0%, N/D indicators are left out and their
     * siblings rescaled, lights at 90% and 70%, a score provisional below 50% of its weight measured.
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
        return new ScoringPolicy(cap, floor, bands, lateCredit, missing, lights, provisionalBelow);
    }

    public ScoringPolicy withFloor(Floor newFloor) {
        return new ScoringPolicy(capAtFull, newFloor, bands, lateCredit, missing, lights, provisionalBelow);
    }

    public ScoringPolicy withBands(ScoreBands newBands) {
        return new ScoringPolicy(capAtFull, floor, newBands, lateCredit, missing, lights, provisionalBelow);
    }

    public ScoringPolicy withLateCredit(LateCredit credit) {
        return new ScoringPolicy(capAtFull, floor, bands, credit, missing, lights, provisionalBelow);
    }

    public ScoringPolicy withMissing(MissingPolicy policy) {
        return new ScoringPolicy(capAtFull, floor, bands, lateCredit, policy, lights, provisionalBelow);
    }

    public ScoringPolicy withLights(TrafficLights newLights) {
        return new ScoringPolicy(capAtFull, floor, bands, lateCredit, missing, newLights, provisionalBelow);
    }

    public ScoringPolicy withProvisionalBelow(BigDecimal percent) {
        return new ScoringPolicy(capAtFull, floor, bands, lateCredit, missing, lights, percent);
    }

    /** Whether a score standing on {@code exactShare} percent of its weight is provisional. */
    public boolean provisional(BigDecimal exactShare) {
        return exactShare.compareTo(provisionalBelow) < 0;
    }
}
