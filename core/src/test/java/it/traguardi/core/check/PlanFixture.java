package it.traguardi.core.check;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Small plans for the Modena 2022 layout, written with the seed's own text: weights as
 * {@code 33,34%}, baselines for 2019-2021 and the 2022 target as printed. Node ids follow the order
 * of creation; an empty text leaves a cell out.
 */
final class PlanFixture {

    static final int YEAR = 2022;
    static final List<Integer> BASELINE_YEARS = List.of(2019, 2020, 2021);

    private int lastId;

    Plan plan(StrategicArea... areas) {
        return new Plan("Camera di commercio di Modena", YEAR, BASELINE_YEARS, List.of(2022, 2023, 2024),
                List.of(areas));
    }

    StrategicArea area(String code, String weight, StrategicObjective... objectives) {
        return new StrategicArea(next(), code, "Ambito " + code, weight(weight), List.of(objectives));
    }

    /** An OS with the seed's 50% / 50% groups. */
    StrategicObjective os(String code, String weight, List<Indicator> indicators,
            List<OperationalObjective> operational) {
        return os(code, weight, "50,00%", indicators, "50,00%", operational);
    }

    StrategicObjective os(String code, String weight, String indicatorGroup, List<Indicator> indicators,
            String operationalGroup, List<OperationalObjective> operational) {
        return new StrategicObjective(next(), code, "Obiettivo strategico " + code, weight(weight),
                weight(indicatorGroup), indicators, weight(operationalGroup), operational);
    }

    OperationalObjective oo(String code, String weight, Indicator... indicators) {
        return new OperationalObjective(next(), code, "Obiettivo operativo " + code, weight(weight),
                List.of(indicators));
    }

    /** An indicator with a 2022 target and known baselines, complete in every respect. */
    Indicator indicator(String code, String weight) {
        return indicator(code, weight, "≥ 1.000 N.", "618 N.", "767 N.", "928 N.");
    }

    /** An indicator with its 2022 target and its baselines for 2019, 2020, 2021 as printed. */
    Indicator indicator(String code, String weight, String target2022, String... baselines) {
        var values = new LinkedHashMap<Integer, Value>();
        for (int i = 0; i < baselines.length; i++) {
            if (!baselines[i].isEmpty()) {
                values.put(BASELINE_YEARS.get(i), ItalianFormat.parseValue(baselines[i]));
            }
        }
        var targets = new LinkedHashMap<Integer, Target>();
        if (!target2022.isEmpty()) {
            targets.put(YEAR, ItalianFormat.parseTarget(target2022));
        }
        var unit = targets.isEmpty() ? Unit.UNSPECIFIED : targets.get(YEAR).unit();
        return new Indicator(next(), code, "Indicatore " + code, weight(weight),
                IndicatorDefinition.of("misura " + code, unit, values, targets).withFormula("M1"));
    }

    /** The same indicator with no formula: only the text of its algorithm, as the Integra file gives it. */
    static Indicator withoutFormula(Indicator indicator, String algorithm) {
        var d = indicator.definition();
        return new Indicator(indicator.id(), indicator.code(), indicator.title(), indicator.weight(),
                IndicatorDefinition.of(algorithm, d.unit(), d.baselines(), d.targets()));
    }

    /** A plan with one area, one OS, one OO and an indicator at each level, with no finding. */
    Plan complete() {
        return plan(area("1", "100,00%", os("101", "100,00%",
                List.of(indicator("101.50", "100,00%")),
                List.of(oo("101.A1", "100,00%", indicator("11.A1.1", "100,00%"))))));
    }

    private NodeId next() {
        return new NodeId(++lastId);
    }

    private static it.traguardi.core.value.Weight weight(String text) {
        return ItalianFormat.parseWeight(text);
    }
}
