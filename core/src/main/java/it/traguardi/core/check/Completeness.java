package it.traguardi.core.check;

import it.traguardi.core.formula.AlgorithmReading;
import it.traguardi.core.formula.Reading;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * Nodes that cannot be measured as they stand: weighted indicators without a target for the plan
 * year, or, when planned over several years (a target after the plan year), without one for any
 * year of the plan's window (as the new last year of a copied plan); indicators without any known baseline, objectives without indicators, areas without objectives.
 * Monitoring-only indicators (weight 0%) need no target. Indicators whose algorithm gives no formula
 * are listed so that a person can write one.
 */
final class Completeness {

    private Completeness() {
    }

    static List<Finding> check(Plan plan) {
        var out = new ArrayList<Finding>();
        for (var area : plan.areas()) {
            if (area.objectives().isEmpty()) {
                out.add(new Finding(FindingKind.NO_OBJECTIVES, List.of(area.id()),
                        Message.of("check.no_objectives", area.label())));
            }
            for (var os : area.objectives()) {
                if (os.indicators().isEmpty() && os.operationalObjectives().isEmpty()) {
                    out.add(new Finding(FindingKind.NO_INDICATORS, List.of(os.id()),
                            Message.of("check.no_indicators", PlanCheck.kindName(os), os.label())));
                }
                for (var oo : os.operationalObjectives()) {
                    if (oo.indicators().isEmpty()) {
                        out.add(new Finding(FindingKind.NO_INDICATORS, List.of(oo.id()),
                                Message.of("check.no_indicators", PlanCheck.kindName(oo), oo.label())));
                    }
                }
            }
        }
        plan.indicators().forEach(indicator -> indicatorGaps(plan, indicator, out));
        return out;
    }

    private static void indicatorGaps(Plan plan, Indicator indicator, List<Finding> out) {
        var definition = indicator.definition();
        if (!indicator.monitoringOnly()) {
            for (var year : yearsNeedingTarget(plan, indicator)) {
                if (definition.targetFor(year).isEmpty()) {
                    out.add(new Finding(FindingKind.MISSING_TARGET, List.of(indicator.id()),
                            Message.of("check.missing_target", indicator.label(), year)));
                }
            }
        }
        if (!definition.hasFormula()
                && AlgorithmReading.read(definition.algorithm()) instanceof Reading.NeedsPerson unreadable) {
            out.add(new Finding(FindingKind.ALGORITHM_UNREADABLE, List.of(indicator.id()),
                    Message.of("check.algorithm_unreadable", indicator.label(), unreadable.reason())));
        }
        if (definition.latestKnownBaseline().isEmpty()) {
            out.add(new Finding(FindingKind.MISSING_BASELINE, List.of(indicator.id()),
                    Message.of("check.missing_baseline", indicator.label())));
        }
    }

    /**
     * The plan year always; every year of the target window when the indicator is planned beyond
     * the plan year (a three-year OS target), since one year left out is then a gap, not an
     * annual indicator.
     */
    private static List<Integer> yearsNeedingTarget(Plan plan, Indicator indicator) {
        var targets = indicator.definition();
        var multiYear = plan.targetYears().stream().anyMatch(y -> y > plan.year() && targets.targetFor(y).isPresent());
        if (!multiYear) {
            return List.of(plan.year());
        }
        var years = new ArrayList<Integer>();
        years.add(plan.year());
        plan.targetYears().stream().filter(y -> y != plan.year()).forEach(years::add);
        return years;
    }
}
