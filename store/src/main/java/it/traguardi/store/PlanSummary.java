package it.traguardi.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored plan at a glance: whose and which year, how many nodes of each level, its version
 * (1 when first saved, one more at every replacement) and when this version was saved.
 */
public record PlanSummary(String entity, int year, int version, int areas, int strategicObjectives,
        int operationalObjectives, int indicators, Instant createdAt) {

    public PlanSummary {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
