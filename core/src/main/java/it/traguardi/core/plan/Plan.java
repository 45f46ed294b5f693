package it.traguardi.core.plan;

import it.traguardi.core.value.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Piano della performance: the tree of one entity (ente) for one year, with the years of its
 * baselines and of its three-year targets.
 */
public record Plan(String entity, int year, List<Integer> baselineYears, List<Integer> targetYears,
        List<StrategicArea> areas) {

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

    public int lastNodeId() {
        return nodes().stream().mapToInt(n -> n.id().value()).max().orElse(0);
    }
}
