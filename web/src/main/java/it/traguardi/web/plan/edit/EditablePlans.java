package it.traguardi.web.plan.edit;

import it.traguardi.core.formula.MeasureCatalog;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Actuals;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanCopy;
import it.traguardi.core.value.Unit;
import it.traguardi.store.EditSnapshots;
import it.traguardi.store.Actor;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.PlanChangedException;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PlanSummary;
import it.traguardi.store.Replacement;
import it.traguardi.store.ValueStore;
import it.traguardi.store.Versioned;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Plans as the editing pages and API use them: read with their version, saved whole over the
 * version they were read at ({@link PlanStore#replace}), created empty or copied to the next year.
 * The store keeps only the current version, so the versions read or written are remembered in the
 * database for a few days ({@link SeenVersions}): when an edit arrives over an old version, on this
 * server or another, the nodes it touches are compared between that version and the current one to
 * say what changed.
 */
public final class EditablePlans {

    private final PlanStore plans;
    private final ValueStore values;
    private final MeasureStore measures;
    private final SeenVersions seen;

    public EditablePlans(PlanStore plans, ValueStore values, MeasureStore measures, EditSnapshots snapshots) {
        this.plans = plans;
        this.values = values;
        this.measures = measures;
        this.seen = new SeenVersions(snapshots, Clock.systemUTC());
    }

    /** The stored plan and its version, read in one snapshot so that they belong together. */
    public Optional<Versioned> load(String entity, int year) {
        var versioned = plans.loadVersioned(entity, year);
        versioned.ifPresent(v -> seen.remember(v.plan(), v.version()));
        return versioned;
    }

    /**
     * Saves the changed plan over {@code expected}; returns the new version. When the plan changed
     * meanwhile, nothing is saved and {@link StaleEditException} says what changed in {@code watched}.
     */
    public int save(Plan changed, int expected, List<NodeId> watched, Messages m, Actor actor) {
        try {
            plans.replace(changed, expected, actor);
        } catch (PlanChangedException e) {
            throw stale(changed.entity(), changed.year(), expected, e.current(), watched, m);
        }
        var version = plans.version(changed.entity(), changed.year()).orElseThrow();
        if (version == expected + 1) {
            seen.remember(changed, version);
        }
        return version;
    }

    /** Refuses an edit made over an old version before even trying to apply it. */
    public void requireCurrent(Versioned current, int expected, List<NodeId> watched, Messages m) {
        if (current.version() != expected) {
            var plan = current.plan();
            throw stale(plan.entity(), plan.year(), expected, Optional.of(current.version()), watched, m);
        }
    }

    /** Every stored plan, for choosing one to copy. */
    public List<PlanSummary> list() {
        return plans.list();
    }

    /** A new empty plan: target years {@code year..year+2}, no baselines yet. */
    public Versioned create(String entity, int year, Actor actor) {
        var plan = new Plan(entity, year, List.of(), List.of(year, year + 1, year + 2), List.of());
        plans.save(plan, false, actor);
        return load(entity, year).orElseThrow();
    }

    /** Saves an uploaded plan as new ({@code PlanExistsException} when one is stored). */
    public Versioned createFrom(Plan plan, Actor actor) {
        plans.save(plan, false, actor);
        return load(plan.entity(), plan.year()).orElseThrow();
    }

    /**
     * What replacing the stored plan with {@code incoming}, a new reading of it, would do, with the
     * version it was compared with; empty when no plan is stored for its entity and year.
     */
    public Optional<Replacement> previewReplacement(Plan incoming) {
        return plans.preview(incoming);
    }

    /**
     * Replaces the stored plan with a new reading of it, only over {@code expected}, the version
     * the person saw compared ({@code PlanChangedException} otherwise, and nothing changes).
     */
    public Replacement replaceReading(Plan incoming, int expected, Actor actor) {
        return plans.replaceReading(incoming, expected, actor);
    }

    /** Next year's plan from this one, with this year's final actual values as baselines. */
    public Optional<Versioned> copy(String entity, int year, Actor actor) {
        var plan = plans.load(entity, year);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        var latest = values.latest(entity, year, new Period.Year(year));
        var copy = PlanCopy.toNextYear(plan.get(), Actuals.of(plan.get(), latest));
        plans.save(copy, false, actor);
        return load(entity, year + 1);
    }

    /** The measures a formula may use: the entity's catalog and those the plan's formulas already use. */
    public MeasureCatalog catalog(Plan plan) {
        var units = new LinkedHashMap<String, Unit>();
        PlanMeasures.of(plan).forEach(measure -> units.put(measure.code(), measure.unit()));
        measures.list(plan.entity()).forEach(measure -> units.put(measure.code(), measure.unit()));
        return new MeasureCatalog(units);
    }

    private StaleEditException stale(String entity, int year, int expected, Optional<Integer> current,
            List<NodeId> watched, Messages m) {
        var started = seen.find(entity, year, expected);
        var now = current.flatMap(v -> load(entity, year));
        if (started.isEmpty() || now.isEmpty()) {
            return new StaleEditException(expected, now.map(Versioned::version).or(() -> current), List.of(), false);
        }
        var changes = NodeDiff.between(started.get(), NodeDiff.texts(now.get().plan()), watched, m);
        return new StaleEditException(expected, Optional.of(now.get().version()), changes, true);
    }
}
