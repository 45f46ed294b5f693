package it.traguardi.web.values;

import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.Snapshot;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.Actor;
import it.traguardi.core.validation.Confirmation;
import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.store.ConfirmationStore;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.ValidationStore;
import it.traguardi.store.PlanResults;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PolicyStore;
import it.traguardi.store.Stores;
import it.traguardi.store.ValueStore;
import it.traguardi.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Valori di un piano: what the entry page, the upload and the API share. Reads the values and
 * scores of a period, checks new values, and records them (history kept, with their author).
 */
public final class PlanValues {

    private final PlanStore plans;
    private final ValueStore values;
    private final PlanResults results;
    private final MeasureStore measures;
    private final ValidationStore validations;
    private final ConfirmationStore confirmations;

    public PlanValues(Stores stores) {
        this.plans = stores.plans();
        this.values = stores.values();
        this.results = new PlanResults(stores.values(), stores.policies());
        this.measures = stores.measures();
        this.validations = stores.validations();
        this.confirmations = stores.confirmations();
    }

    /** The validation that locks the plan's period, if one does: values for it are refused. */
    public Optional<PeriodValidation> validation(Plan plan, Period period) {
        return validations.standing(plan.entity(), plan.year(), period);
    }

    /** The plan's locked periods, each with the validation that locks it. */
    public Map<Period, PeriodValidation> locked(Plan plan) {
        return validations.locked(plan.entity(), plan.year());
    }

    /** The last confirmation of each value of the period that has one, current or waiting to be confirmed again. */
    public Map<ValueTarget, Confirmation> confirmations(Plan plan, Period period) {
        return confirmations.of(plan.entity(), plan.year(), period);
    }

    public Optional<Plan> plan(String entity, int year) {
        return plans.load(entity, year);
    }

    /** The values and scores of the plan at a period. */
    public Snapshot at(Plan plan, Period period) {
        return results.snapshot(plan, period);
    }

    /**
     * Reads values for the plan, recorded now by {@code actor}; a value that misses a target, or
     * corrects one already recorded, without a reason is refused there (docs/domain.md).
     */
    public ValueEntry entry(Plan plan, Actor actor) {
        return values.entry(plan, actor);
    }

    /** The entity's measure catalog, by code. */
    public List<Measure> catalog(Plan plan) {
        return measures.list(plan.entity());
    }

    /** The value that counts of every measure and indicator recorded for the period, without scoring. */
    public Map<ValueTarget, Value> latest(Plan plan, Period period) {
        return values.latest(plan.entity(), plan.year(), period);
    }

    /** The {@code limit} values last recorded for the plan, of every period, newest first. */
    public List<ValueRecord> recent(Plan plan, int limit) {
        return values.recent(plan.entity(), plan.year(), limit);
    }

    public List<ValueRecord> history(Plan plan, ValueTarget target, Period period) {
        return values.history(plan.entity(), plan.year(), target, period);
    }

    /**
     * Records every value by {@code actor}, or none; a value for a validated period refuses them all
     * ({@link it.traguardi.store.PeriodLockedException}).
     */
    public void record(Plan plan, List<ValueRecord> records, Actor actor) {
        values.record(plan.entity(), plan.year(), records, actor);
    }
}
