package it.traguardi.core.plan;

import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Piano dell'anno successivo: next year's plan drafted from this year's. The tree, the node ids,
 * codes, titles, weights and formulas stay. The years move on by one:
 * <ul>
 * <li>baselines: the oldest baseline year leaves the window and this plan's year joins it, with
 * this year's actual value of each indicator as its baseline (N/D when there is none);</li>
 * <li>targets: the three target years become year+1..year+3. A year this plan already planned keeps
 * its target (a three-year OS target for year+1 was set a year ago); a year without one, as the
 * new last year, stays empty: the planners set it, and the plan's checks list it until they do
 * (repeating the year before would pass an unplanned target off as a planned one).</li>
 * </ul>
 */
public final class PlanCopy {

    private PlanCopy() {
    }

    /**
     * @param actuals this year's final actual value of every indicator that has one (from
     *     {@code measure.Actuals.of} over the latest values of the year)
     */
    public static Plan toNextYear(Plan plan, Map<NodeId, Value> actuals) {
        var next = plan.year() + 1;
        var baselineYears = baselineYears(plan);
        var targetYears = List.of(next, next + 1, next + 2);
        var moved = PlanTrees.rewrite(plan, (group, members) -> members.stream()
                .map(n -> n instanceof Indicator i ? shifted(i, plan.year(), baselineYears, targetYears, actuals) : n)
                .toList());
        return new Plan(plan.entity(), next, baselineYears, targetYears, moved.areas(), plan.lastIssuedId());
    }

    private static List<Integer> baselineYears(Plan plan) {
        var years = new ArrayList<>(plan.baselineYears());
        if (!years.isEmpty()) {
            years.removeFirst();
        }
        years.add(plan.year());
        return years;
    }

    private static PlanNode shifted(Indicator indicator, int year, List<Integer> baselineYears, List<Integer> targetYears,
            Map<NodeId, Value> actuals) {
        var old = indicator.definition();
        var baselines = new TreeMap<Integer, Value>();
        old.baselines().forEach((y, v) -> {
            if (baselineYears.contains(y)) {
                baselines.put(y, v);
            }
        });
        baselines.put(year, actuals.getOrDefault(indicator.id(), Value.MISSING));
        var targets = new TreeMap<Integer, Target>();
        for (var y : targetYears) {
            if (old.targets().containsKey(y)) {
                targets.put(y, old.targets().get(y));
            }
        }
        var definition = new IndicatorDefinition(old.algorithm(), old.unit(), baselines, targets, old.dataSource(),
                old.owner(), old.formula(), old.writtenTargets());
        return new Indicator(indicator.id(), indicator.code(), indicator.title(), indicator.weight(), definition);
    }
}
