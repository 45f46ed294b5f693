package it.traguardi.core.score;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small plans for tests, in Italian text forms: weights as "50", targets as "≥ 100 N.",
 * actual values as "80 N." or "N/D". Ids are handed out in creation order; the actual value given
 * with an indicator is kept for {@link #actuals()}.
 */
final class PlanFixture {

    static final int YEAR = 2022;

    private int nextId = 1;
    private final Map<NodeId, Value> actuals = new HashMap<>();

    Indicator indicator(String weight, String target, String actual) {
        var id = nextId();
        var definition = IndicatorDefinition.of("", ItalianFormat.parseTarget(target).unit(), Map.of(),
                Map.of(YEAR, ItalianFormat.parseTarget(target)));
        actuals.put(id, ItalianFormat.parseValue(actual));
        return new Indicator(id, "I" + id.value(), "Indicatore " + id.value(), Weight.percent(weight), definition);
    }

    /** An indicator scoring exactly {@code percent} (or N/D): target ≥ 100 N., actual {@code percent} N. */
    Indicator scoring(String weight, String percent) {
        var actual = percent.equals(ItalianFormat.NOT_AVAILABLE) ? percent : percent.replace('.', ',') + " N.";
        return indicator(weight, "≥ 100 N.", actual);
    }

    /** An indicator whose target is set for another year only. */
    Indicator withoutTargetForYear(String weight, String actual) {
        var id = nextId();
        var definition = IndicatorDefinition.of("", ItalianFormat.parseValue(actual).unit(), Map.of(),
                Map.<Integer, Target>of(YEAR + 1, ItalianFormat.parseTarget("≥ 1 N.")));
        actuals.put(id, ItalianFormat.parseValue(actual));
        return new Indicator(id, "", "Senza target " + id.value(), Weight.percent(weight), definition);
    }

    OperationalObjective operational(String weight, Indicator... indicators) {
        var id = nextId();
        return new OperationalObjective(id, "OO" + id.value(), "Obiettivo operativo " + id.value(),
                Weight.percent(weight), List.of(indicators));
    }

    StrategicObjective strategic(String weight, String indicatorGroup, List<Indicator> indicators,
            String operationalGroup, List<OperationalObjective> operational) {
        var id = nextId();
        return new StrategicObjective(id, "OS" + id.value(), "Obiettivo strategico " + id.value(),
                Weight.percent(weight), Weight.percent(indicatorGroup), indicators, Weight.percent(operationalGroup),
                operational);
    }

    /** A strategic objective with operational objectives only (indicator group 0%). */
    StrategicObjective strategic(String weight, OperationalObjective... operational) {
        return strategic(weight, "0", List.of(), "100", List.of(operational));
    }

    StrategicArea area(String weight, StrategicObjective... objectives) {
        var id = nextId();
        return new StrategicArea(id, "A" + id.value(), "Ambito " + id.value(), Weight.percent(weight),
                List.of(objectives));
    }

    Plan plan(StrategicArea... areas) {
        return new Plan("CCIAA di Prova", YEAR, List.of(YEAR - 1), List.of(YEAR, YEAR + 1, YEAR + 2), List.of(areas));
    }

    Map<NodeId, Value> actuals() {
        return Map.copyOf(actuals);
    }

    ScoreTree score(Plan plan, ScoringPolicy policy, PolicyOverrides overrides) {
        return Scoring.score(plan, YEAR, actuals(), policy, overrides);
    }

    ScoreTree score(Plan plan) {
        return score(plan, ScoringPolicy.defaults(), PolicyOverrides.none());
    }

    private NodeId nextId() {
        return new NodeId(nextId++);
    }
}
