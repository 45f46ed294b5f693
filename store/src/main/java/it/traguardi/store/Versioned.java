package it.traguardi.store;

import it.traguardi.core.plan.Plan;
import java.util.Objects;

/**
 * A stored plan with the version it was read at, both from one snapshot: every edit form and API
 * call carries the version, and a body and its ETag are made from the same reading.
 */
public record Versioned(Plan plan, int version) {

    public Versioned {
        Objects.requireNonNull(plan, "plan");
    }
}
