package it.traguardi.core.plan;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rebuilding a plan's tree one sibling group at a time, children before their parents. */
final class PlanTrees {

    /** Rewrites one sibling group, whose members have already been rebuilt. */
    @FunctionalInterface
    interface Siblings {
        List<PlanNode> apply(SiblingGroup group, List<PlanNode> members);
    }

    private PlanTrees() {
    }

    static Plan rewrite(Plan plan, Siblings siblings) {
        var areas = siblings.apply(new SiblingGroup.Areas(),
                List.copyOf(plan.areas().stream().map(a -> area(a, siblings)).toList()));
        return plan.withAreas(typed(areas, StrategicArea.class));
    }

    private static PlanNode area(StrategicArea area, Siblings siblings) {
        var objectives = siblings.apply(new SiblingGroup.Objectives(area.id()),
                List.copyOf(area.objectives().stream().map(os -> objective(os, siblings)).toList()));
        return new StrategicArea(area.id(), area.code(), area.title(), area.weight(),
                typed(objectives, StrategicObjective.class));
    }

    private static PlanNode objective(StrategicObjective os, Siblings siblings) {
        var indicators = siblings.apply(new SiblingGroup.ObjectiveIndicators(os.id()), List.copyOf(os.indicators()));
        var operationals = siblings.apply(new SiblingGroup.Operationals(os.id()),
                List.copyOf(os.operationalObjectives().stream().map(oo -> operational(oo, siblings)).toList()));
        return new StrategicObjective(os.id(), os.code(), os.title(), os.weight(), os.indicatorGroupWeight(),
                typed(indicators, Indicator.class), os.operationalGroupWeight(),
                typed(operationals, OperationalObjective.class));
    }

    private static PlanNode operational(OperationalObjective oo, Siblings siblings) {
        var indicators = siblings.apply(new SiblingGroup.OperationalIndicators(oo.id()), List.copyOf(oo.indicators()));
        return new OperationalObjective(oo.id(), oo.code(), oo.title(), oo.weight(), typed(indicators, Indicator.class));
    }

    /** The members as their record type; a node of another level cannot join the group. */
    private static <T extends PlanNode> List<T> typed(List<PlanNode> members, Class<T> type) {
        var out = new ArrayList<T>();
        for (var node : members) {
            if (!type.isInstance(node)) {
                throw new PlanEditException(Message.of("plan.edit.wrong-level", node.label()));
            }
            out.add(type.cast(node));
        }
        return out;
    }

    /** The group a node belongs to, and the node. */
    record Place(SiblingGroup group, PlanNode node, int index, int size) {
    }

    static Optional<Place> find(Plan plan, NodeId id) {
        var found = new ArrayList<Place>();
        rewrite(plan, (group, members) -> {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).id().equals(id)) {
                    found.add(new Place(group, members.get(i), i, members.size()));
                }
            }
            return members;
        });
        return found.stream().findFirst();
    }

    /** The members of a group, if the group's parent exists. */
    static Optional<List<PlanNode>> members(Plan plan, SiblingGroup wanted) {
        var found = new ArrayList<List<PlanNode>>();
        rewrite(plan, (group, members) -> {
            if (group.equals(wanted)) {
                found.add(members);
            }
            return members;
        });
        return found.stream().findFirst();
    }

    /** The node with a new code, title and weight, its children unchanged. */
    static PlanNode withHeader(PlanNode node, String code, String title, Weight weight) {
        return switch (node) {
            case StrategicArea a -> new StrategicArea(a.id(), code, title, weight, a.objectives());
            case StrategicObjective os -> new StrategicObjective(os.id(), code, title, weight,
                    os.indicatorGroupWeight(), os.indicators(), os.operationalGroupWeight(), os.operationalObjectives());
            case OperationalObjective oo -> new OperationalObjective(oo.id(), code, title, weight, oo.indicators());
            case Indicator i -> new Indicator(i.id(), code, title, weight, i.definition());
        };
    }

    static PlanNode withWeight(PlanNode node, Weight weight) {
        return withHeader(node, node.code(), node.title(), weight);
    }
}
