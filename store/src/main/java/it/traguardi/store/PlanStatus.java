package it.traguardi.store;

import it.traguardi.core.lifecycle.ApprovedVersion;
import it.traguardi.core.lifecycle.Lifecycle;
import java.util.List;
import java.util.Objects;

/**
 * Where a stored plan is in its cycle: its lifecycle, the version of its row (what a transition
 * names, like every edit, so that two people approving at once cannot both succeed) and every
 * approved version, oldest first.
 */
public record PlanStatus(String entity, int year, Lifecycle lifecycle, int version, List<ApprovedVersion> approved) {

    public PlanStatus {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(lifecycle, "lifecycle");
        approved = List.copyOf(approved);
    }

    /** The number the next approval will give: one more than the latest approved version. */
    public int nextNumber() {
        return approved.size() + 1;
    }
}
