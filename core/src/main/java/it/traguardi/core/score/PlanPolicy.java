package it.traguardi.core.score;

import java.util.Objects;

/**
 * Regole di misurazione del piano: the scoring rules of one plan, its policy and the per-indicator
 * overrides.
 */
public record PlanPolicy(ScoringPolicy policy, PolicyOverrides overrides) {

    public PlanPolicy {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(overrides, "overrides");
    }

    /** What a plan follows until someone sets its rules: the defaults, no overrides. */
    public static PlanPolicy defaults() {
        return new PlanPolicy(ScoringPolicy.defaults(), PolicyOverrides.none());
    }
}
