package it.traguardi.core.measure;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Voce da rilevare: something a value is entered for in a plan's period, a measure or an indicator
 * without a formula (one with a formula is computed from its measures). The one rule of what is
 * asked for, which the entry page and the values template both list.
 */
public sealed interface ValueSlot {

    /** Where a value entered for this slot is recorded. */
    ValueTarget target();

    /** A measure, of the entity's catalog or used by the plan's formulas. */
    record OfMeasure(Measure measure) implements ValueSlot {
        public OfMeasure {
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public ValueTarget target() {
            return ValueTarget.measure(measure.code());
        }
    }

    /** An indicator whose value is entered directly. */
    record OfIndicator(Indicator indicator) implements ValueSlot {
        public OfIndicator {
            Objects.requireNonNull(indicator, "indicator");
            if (indicator.definition().hasFormula()) {
                throw new IllegalArgumentException("an indicator with a formula is computed, not entered: "
                        + indicator.id());
            }
        }

        @Override
        public ValueTarget target() {
            return ValueTarget.indicator(indicator.id());
        }
    }

    /**
     * The slots of a plan: every measure of the catalog and of the plan's formulas, once each by code
     * (the catalog's description first), sorted by code; then every indicator without a formula, in
     * the plan's order.
     */
    static List<ValueSlot> of(Plan plan, Collection<Measure> catalog) {
        var measures = new LinkedHashMap<String, Measure>();
        catalog.forEach(m -> measures.put(m.code(), m));
        PlanMeasures.of(plan).forEach(m -> measures.putIfAbsent(m.code(), m));
        var out = new ArrayList<ValueSlot>();
        measures.values().stream().sorted(Comparator.comparing(Measure::code)).forEach(m -> out.add(new OfMeasure(m)));
        plan.indicators().filter(i -> !i.definition().hasFormula()).forEach(i -> out.add(new OfIndicator(i)));
        return List.copyOf(out);
    }
}
