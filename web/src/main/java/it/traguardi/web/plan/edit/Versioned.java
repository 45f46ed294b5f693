package it.traguardi.web.plan.edit;

import it.traguardi.core.plan.Plan;
import java.util.Objects;

/** A stored plan with the version it was read at; every edit form and API call carries the version. */
public record Versioned(Plan plan, int version) {

    public Versioned {
        Objects.requireNonNull(plan, "plan");
    }
}
