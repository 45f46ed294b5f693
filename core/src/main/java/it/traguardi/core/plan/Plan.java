package it.traguardi.core.plan;

import it.traguardi.core.value.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Piano della performance: the tree of one entity (ente) for one year, with the years of its
 * baselines and of its three-year targets.
 *
 * <p>{@code lastIssuedId} is the highest node id ever issued for this entity and year, also to nodes
 * deleted or replaced since. Values, comments and rules are kept by node id, so a new node must
 * never take the id of a gone one: it would inherit what was recorded for another indicator. It is
 * at least the highest id in the tree.
 */
public record Plan(String entity, int year, List<Integer> baselineYears, List<Integer> targetYears,
        List<StrategicArea> areas, int lastIssuedId) {

    public Plan {
        entity = Objects.requireNonNull(entity, "entity").strip();
        if (entity.isEmpty()) {
            throw new IllegalArgumentException("a plan needs an entity");
        }
        if (!Limits.plausibleYear(year)) {
            throw new IllegalArgumentException("implausible plan year " + year);
        }
        baselineYears = List.copyOf(baselineYears);
        targetYears = List.copyOf(targetYears);
        areas = List.copyOf(areas);
        lastIssuedId = Math.max(lastIssuedId, highestId(areas));
    }

    /** A plan whose node ids were all issued in its own tree (a plan read from a file, a new plan). */
    public Plan(String entity, int year, List<Integer> baselineYears, List<Integer> targetYears,
            List<StrategicArea> areas) {
        this(entity, year, baselineYears, targetYears, areas, 0);
    }

    /** The same plan with another tree; the ids issued so far stay issued. */
    public Plan withAreas(List<StrategicArea> newAreas) {
        return new Plan(entity, year, baselineYears, targetYears, newAreas, lastIssuedId);
    }

    /** The id for a node added now: one above every id ever issued in the plan. */
    public NodeId nextNodeId() {
        return new NodeId(lastIssuedId + 1);
    }

    /** Every node, parents before children, in the order of the alberatura. */
    public List<PlanNode> nodes() {
        var out = new ArrayList<PlanNode>();
        for (var area : areas) {
            out.add(area);
            for (var os : area.objectives()) {
                out.add(os);
                out.addAll(os.indicators());
                for (var oo : os.operationalObjectives()) {
                    out.add(oo);
                    out.addAll(oo.indicators());
                }
            }
        }
        return out;
    }

    public Stream<StrategicObjective> strategicObjectives() {
        return areas.stream().flatMap(a -> a.objectives().stream());
    }

    public Stream<OperationalObjective> operationalObjectives() {
        return strategicObjectives().flatMap(os -> os.operationalObjectives().stream());
    }

    /** Every indicator, those of strategic objectives and those of operational objectives. */
    public Stream<Indicator> indicators() {
        return nodes().stream().filter(Indicator.class::isInstance).map(Indicator.class::cast);
    }

    /**
     * The node with this id, if the plan has it: the one way to find a node by its identity. A walk
     * of the tree (a plan has a few hundred nodes); code that resolves many ids from one file keeps
     * an index of its own ({@code core.measure.ValueCodes}).
     */
    public Optional<PlanNode> node(NodeId id) {
        Objects.requireNonNull(id, "id");
        return nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The indicator with this id, if the plan has one (a node of another kind is not an indicator). */
    public Optional<Indicator> indicator(NodeId id) {
        return node(id).filter(Indicator.class::isInstance).map(Indicator.class::cast);
    }

    private static int highestId(List<StrategicArea> areas) {
        var highest = 0;
        for (var area : areas) {
            highest = Math.max(highest, area.id().value());
            for (var os : area.objectives()) {
                highest = Math.max(highest, os.id().value());
                for (var indicator : os.indicators()) {
                    highest = Math.max(highest, indicator.id().value());
                }
                for (var oo : os.operationalObjectives()) {
                    highest = Math.max(highest, oo.id().value());
                    for (var indicator : oo.indicators()) {
                        highest = Math.max(highest, indicator.id().value());
                    }
                }
            }
        }
        return highest;
    }
}
