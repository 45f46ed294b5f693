package it.traguardi.store;

import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import java.util.Objects;

/** The scoring rules of one plan: the plan's policy and the per-indicator overrides. */
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
