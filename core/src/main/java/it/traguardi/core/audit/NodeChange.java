package it.traguardi.core.audit;

import it.traguardi.core.plan.NodeId;
import java.util.Objects;

/**
 * Modifica di un nodo: one change that an edit made to one node of a plan, with the node's label
 * ({@code code - title}) and what the changed fields held before and after, as compact JSON in the
 * Italian forms people write (weights {@code 33,34%}, targets {@code ≥ 90%}); empty when there
 * was nothing before (an added node) or is nothing after (a deleted one).
 */
public record NodeChange(ChangeKind kind, NodeId node, String label, String before, String after) {

    public NodeChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
