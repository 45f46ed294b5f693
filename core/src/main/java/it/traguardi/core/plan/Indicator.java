package it.traguardi.core.plan;

import it.traguardi.core.value.Weight;
import java.util.Objects;

/** Indicatore: a weighted measurement of an objective, with its definition. */
public record Indicator(NodeId id, String code, String title, Weight weight, IndicatorDefinition definition)
        implements PlanNode {

    public Indicator {
        Objects.requireNonNull(id, "id");
        code = Nodes.code(code);
        title = Nodes.title(title);
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public NodeKind kind() {
        return NodeKind.INDICATOR;
    }

    /** Monitoring only: shown everywhere, never part of a score. */
    public boolean monitoringOnly() {
        return weight.isZero();
    }
}
