package it.traguardi.core.account;

import it.traguardi.core.measure.Actuals;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Incarichi di una persona: the scopes one person holds in one plan, and what they cover. An
 * indicator is covered when it is assigned, or its owner is; a measure when it is assigned, or an
 * indicator whose formula uses it is covered (the referente of an indicator enters its measures);
 * an objective or area when an indicator beneath it is covered (a comment on it is about them).
 * Owners compare as written, ignoring case and surrounding spaces.
 */
public record Assignments(List<Assignment.Scope> scopes) {

    public static final Assignments NONE = new Assignments(List.of());

    public Assignments {
        scopes = List.copyOf(scopes);
    }

    /** Whether a value for this target is within the assignments. */
    public boolean covers(Plan plan, ValueTarget target) {
        return switch (target) {
            case ValueTarget.OfIndicator i -> plan.indicator(i.id()).filter(this::covers).isPresent();
            case ValueTarget.OfMeasure m -> scopes.contains(new Assignment.Scope.OfMeasure(m.code()))
                    || plan.indicators().filter(this::covers).anyMatch(i -> uses(i, m.code()));
        };
    }

    /** Whether a node (an indicator, or an objective or area through its indicators) is within the assignments. */
    public boolean covers(Plan plan, NodeId node) {
        return plan.node(node).filter(n -> beneath(plan, n).anyMatch(this::covers)).isPresent();
    }

    /** Whether this indicator is assigned, or its owner is. */
    public boolean covers(Indicator indicator) {
        var owner = indicator.definition().owner();
        return scopes.stream().anyMatch(scope -> switch (scope) {
            case Assignment.Scope.OfIndicator i -> i.id().equals(indicator.id());
            case Assignment.Scope.OfMeasure m -> false;
            case Assignment.Scope.OfOwner o -> !owner.isEmpty() && o.owner().equalsIgnoreCase(owner);
        });
    }

    private static boolean uses(Indicator indicator, String code) {
        return Actuals.formula(indicator).filter(expr -> expr.measures().contains(code)).isPresent();
    }

    /** The indicators of the node's subtree (the node itself when it is one). */
    private static Stream<Indicator> beneath(Plan plan, PlanNode node) {
        var nodes = plan.nodes();
        var start = nodes.indexOf(node);
        var out = new ArrayList<Indicator>();
        for (int i = start; i < nodes.size(); i++) {
            var next = nodes.get(i);
            if (i > start && next.kind().ordinal() <= node.kind().ordinal()) {
                break;
            }
            if (next instanceof Indicator indicator) {
                out.add(indicator);
            }
        }
        return out.stream();
    }
}
