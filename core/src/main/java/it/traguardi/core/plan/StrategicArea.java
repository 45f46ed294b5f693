package it.traguardi.core.plan;

import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.Objects;

/** Ambito strategico: a weighted area of the entity's strategy, made of strategic objectives. */
public record StrategicArea(NodeId id, String code, String title, Weight weight, List<StrategicObjective> objectives)
        implements PlanNode {

    public StrategicArea {
        Objects.requireNonNull(id, "id");
        code = Nodes.code(code);
        title = Nodes.title(title);
        Objects.requireNonNull(weight, "weight");
        objectives = List.copyOf(objectives);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.AREA;
    }
}
