package it.traguardi.core.check;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Weight;
import java.util.ArrayList;
import java.util.List;

/** Every sibling group must make 100% within {@link Weight#SUM_TOLERANCE} (docs/domain.md, "Weights"). */
final class WeightSums {

    private WeightSums() {
    }

    static List<Finding> check(Plan plan) {
        var out = new ArrayList<Finding>();
        group(out, List.of(), Message.of("check.group.areas", plan.entity()), plan.areas());
        for (var area : plan.areas()) {
            group(out, List.of(area.id()), Message.of("check.group.objectives", area.label()), area.objectives());
            for (var os : area.objectives()) {
                var groups = List.of(os.indicatorGroupWeight(), os.operationalGroupWeight());
                sum(out, List.of(os.id()), Message.of("check.group.os_groups", os.label()), groups);
                group(out, List.of(os.id()), Message.of("check.group.os_indicators", os.label()), os.indicators());
                group(out, List.of(os.id()), Message.of("check.group.operational", os.label()),
                        os.operationalObjectives());
                for (var oo : os.operationalObjectives()) {
                    group(out, List.of(oo.id()), Message.of("check.group.oo_indicators", oo.label()),
                            oo.indicators());
                }
            }
        }
        return out;
    }

    private static void group(List<Finding> out, List<NodeId> owner, Message name, List<? extends PlanNode> nodes) {
        if (!nodes.isEmpty()) {
            sum(out, owner, name, nodes.stream().map(PlanNode::weight).toList());
        }
    }

    private static void sum(List<Finding> out, List<NodeId> owner, Message name, List<Weight> weights) {
        var total = PlanCheck.sum(weights);
        if (!Weight.completes(total)) {
            out.add(new Finding(FindingKind.WEIGHT_SUM, owner,
                    Message.of("check.weight_sum", name, ItalianFormat.formatNumber(total) + "%")));
        }
    }
}
