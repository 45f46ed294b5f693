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
 * year or without any known baseline, objectives without indicators, areas without objectives.
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
        plan.indicators().forEach(indicator -> indicatorGaps(plan.year(), indicator, out));
        return out;
    }

    private static void indicatorGaps(int year, Indicator indicator, List<Finding> out) {
        var definition = indicator.definition();
        if (!indicator.monitoringOnly() && definition.targetFor(year).isEmpty()) {
            out.add(new Finding(FindingKind.MISSING_TARGET, List.of(indicator.id()),
                    Message.of("check.missing_target", indicator.label(), year)));
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
}
