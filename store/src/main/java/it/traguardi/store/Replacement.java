package it.traguardi.store;

import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeMatching;
import it.traguardi.core.plan.PlanNode;
import java.util.Map;
import java.util.Objects;

/**
 * Sostituzione di un piano: how a new reading of a plan matches the stored one, with how many
 * values and comments each stored node has. The preview shows it before anything is written, and
 * the import reports it after; both come from the same matching.
 */
public record Replacement(NodeMatching matching, Map<NodeId, Integer> values, Map<NodeId, Integer> comments) {

    public Replacement {
        Objects.requireNonNull(matching, "matching");
        values = Map.copyOf(values);
        comments = Map.copyOf(comments);
    }

    /** The values recorded for a stored node (every period, corrections included). */
    public int valuesOf(PlanNode stored) {
        return values.getOrDefault(stored.id(), 0);
    }

    public int commentsOf(PlanNode stored) {
        return comments.getOrDefault(stored.id(), 0);
    }

    /** Values of stored nodes that the new plan does not keep: they stay readable, detached. */
    public int detachedValues() {
        return matching.detached().stream().mapToInt(this::valuesOf).sum();
    }

    public int detachedComments() {
        return matching.detached().stream().mapToInt(this::commentsOf).sum();
    }

    /** The stored nodes not kept that had values or comments. */
    public long detachedNodesWithRecords() {
        return matching.detached().stream().filter(n -> valuesOf(n) + commentsOf(n) > 0).count();
    }
}
