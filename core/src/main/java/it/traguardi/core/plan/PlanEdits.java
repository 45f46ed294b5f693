package it.traguardi.core.plan;

import java.util.List;

/** Changes to a plan, each giving a new plan (plans are values). */
public final class PlanEdits {

    private PlanEdits() {
    }

    /** The plan with the indicator of the same id replaced by {@code changed}. */
    public static Plan replaceIndicator(Plan plan, Indicator changed) {
        var areas = plan.areas().stream().map(area -> new StrategicArea(area.id(), area.code(), area.title(),
                area.weight(), area.objectives().stream().map(os -> new StrategicObjective(os.id(), os.code(),
                        os.title(), os.weight(), os.indicatorGroupWeight(), swap(os.indicators(), changed),
                        os.operationalGroupWeight(), os.operationalObjectives().stream()
                                .map(oo -> new OperationalObjective(oo.id(), oo.code(), oo.title(), oo.weight(),
                                        swap(oo.indicators(), changed)))
                                .toList()))
                        .toList()))
                .toList();
        return new Plan(plan.entity(), plan.year(), plan.baselineYears(), plan.targetYears(), areas);
    }

    private static List<Indicator> swap(List<Indicator> indicators, Indicator changed) {
        return indicators.stream().map(i -> i.id().equals(changed.id()) ? changed : i).toList();
    }
}
