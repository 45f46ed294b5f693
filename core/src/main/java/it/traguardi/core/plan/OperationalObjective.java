package it.traguardi.core.plan;

import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.Objects;

/** Obiettivo operativo (OO): a one-year objective of a strategic objective, measured by its indicators. */
public record OperationalObjective(NodeId id, String code, String title, Weight weight, List<Indicator> indicators)
        implements PlanNode {

    public OperationalObjective {
        Objects.requireNonNull(id, "id");
        code = Nodes.code(code);
        title = Nodes.title(title);
        Objects.requireNonNull(weight, "weight");
        indicators = List.copyOf(indicators);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.OPERATIONAL_OBJECTIVE;
    }
}
