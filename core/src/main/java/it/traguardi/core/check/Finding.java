package it.traguardi.core.check;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import java.util.List;
import java.util.Objects;

/** Rilievo: one plan-quality finding, the nodes it concerns and its message. */
public record Finding(FindingKind kind, List<NodeId> nodes, Message message) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(message, "message");
    }

    public Severity severity() {
        return kind.severity();
    }
}
