package it.traguardi.store;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.Snapshot;
import it.traguardi.core.plan.Plan;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Scores a stored plan from what is stored: the latest recorded values of the period, the
 * indicators' formulas over the measures, and the plan's scoring rules. The one place where the
 * command line, the web and the entry of values read what a score is made of ({@link Snapshot}
 * assembles it).
 */
public final class PlanResults {

    private final ValueStore values;
    private final PolicyStore policies;

    public PlanResults(DataSource dataSource) {
        this(new ValueStore(Objects.requireNonNull(dataSource, "dataSource")), new PolicyStore(dataSource));
    }

    /** Scores from the stores a program already holds ({@link Stores}). */
    public PlanResults(ValueStore values, PolicyStore policies) {
        this.values = Objects.requireNonNull(values, "values");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** The scores at the end of the plan year. */
    public PlanResult of(Plan plan) {
        return of(plan, Period.of(plan.year()));
    }

    /** The scores at a period of the plan year. */
    public PlanResult of(Plan plan, Period period) {
        var snapshot = snapshot(plan, period);
        return new PlanResult(plan, period, snapshot.tree(), snapshot.actuals());
    }

    /** The values and scores of the plan at a period, as stored now. */
    public Snapshot snapshot(Plan plan, Period period) {
        var rules = policies.load(plan.entity(), plan.year());
        var latest = values.latest(plan.entity(), plan.year(), period);
        return Snapshot.of(plan, period, rules.policy(), rules.overrides(), latest);
    }
}
