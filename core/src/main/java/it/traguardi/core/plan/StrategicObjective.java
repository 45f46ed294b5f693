package it.traguardi.core.plan;

import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.Objects;

/**
 * Obiettivo strategico (OS): a three-year objective with two weighted groups, its own indicators
 * ({@code Indicatori}) and its operational objectives ({@code Obiettivi operativi}).
 */
public record StrategicObjective(
        NodeId id,
        String code,
        String title,
        Weight weight,
        Weight indicatorGroupWeight,
        List<Indicator> indicators,
        Weight operationalGroupWeight,
        List<OperationalObjective> operationalObjectives) implements PlanNode {

    public StrategicObjective {
        Objects.requireNonNull(id, "id");
        code = Nodes.code(code);
        title = Nodes.title(title);
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(indicatorGroupWeight, "indicatorGroupWeight");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(operationalGroupWeight, "operationalGroupWeight");
        operationalObjectives = List.copyOf(operationalObjectives);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.STRATEGIC_OBJECTIVE;
    }
}
