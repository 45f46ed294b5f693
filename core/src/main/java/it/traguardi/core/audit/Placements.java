package it.traguardi.core.audit;

import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a plan sits: its parent (none for an area) and its siblings in order. An
 * indicator of a strategic objective and one of its operational objectives are siblings of each
 * other's group only, so the groups are kept apart by a tag.
 */
final class Placements {

    /** The group a node sits in: its parent's id (0 for the areas) and which of the parent's lists. */
    record Group(int parent, String list) {
    }

    private final Map<NodeId, Group> groups = new HashMap<>();
    private final Map<Group, List<NodeId>> members = new HashMap<>();
    private final Map<NodeId, PlanNode> nodes = new HashMap<>();

    Placements(Plan plan) {
        for (var area : plan.areas()) {
            place(area, new Group(0, "areas"));
            for (var os : area.objectives()) {
                place(os, new Group(area.id().value(), "objectives"));
                os.indicators().forEach(i -> place(i, new Group(os.id().value(), "indicators")));
                for (var oo : os.operationalObjectives()) {
                    place(oo, new Group(os.id().value(), "operational"));
                    oo.indicators().forEach(i -> place(i, new Group(oo.id().value(), "indicators")));
                }
            }
        }
    }

    private void place(PlanNode node, Group group) {
        groups.put(node.id(), group);
        members.computeIfAbsent(group, g -> new ArrayList<>()).add(node.id());
        nodes.put(node.id(), node);
    }

    Group group(NodeId id) {
        return groups.get(id);
    }

    /** The node's place among those of its group that {@code other} places in the same group too. */
    int rankAmongShared(NodeId id, Placements other) {
        var group = groups.get(id);
        return members.get(group).stream().filter(m -> group.equals(other.groups.get(m))).toList().indexOf(id);
    }

    /** The parent in words: its label, or "piano" for an area. */
    String parentLabel(NodeId id) {
        var parent = groups.get(id).parent();
        return parent == 0 ? "piano" : Optional.ofNullable(nodes.get(new NodeId(parent)))
                .map(PlanNode::label).orElse("#" + parent);
    }

    /** The node's position among all its siblings, from 1. */
    int position(NodeId id) {
        return members.get(groups.get(id)).indexOf(id) + 1;
    }
}
