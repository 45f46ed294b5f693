package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.lifecycle.VersionChoice;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The stored plans as the user names them: the plan that {@link PlanOptions} ({@code --entity},
 * {@code --year}) names, and an indicator of it by code, path or {@code #id}.
 */
final class StoredPlans {

    private StoredPlans() {
    }

    /**
     * The preamble of the commands that work on one stored plan: opens the database, loads the plan
     * {@code options} names (refused when there is none), runs {@code work} on both, closes.
     */
    static void onPlan(Cli cli, PlanOptions options, BiConsumer<Database, Plan> work) {
        try (var database = cli.openDatabase()) {
            work.accept(database, load(cli, Cli.store(database), options));
        }
    }

    /** The plan named by {@code options}, from the store of the database the command opened. */
    static Plan load(Cli cli, PlanStore store, PlanOptions options) {
        return store.load(options.entity, options.year)
                .orElseThrow(() -> DataProblem.of(cli, Message.of("cli.plan.missing", options.entity, options.year)));
    }

    /**
     * The plan named by {@code options} in the version {@code version} names: a number,
     * {@code approved} (the first approved), {@code revised} (the latest approved), {@code current};
     * null for the current plan. A version that is no name or does not exist is refused.
     */
    static Plan load(Cli cli, PlanStore store, PlanOptions options, String version) {
        if (version == null) {
            return load(cli, store, options);
        }
        var choice = VersionChoice.parse(version)
                .orElseThrow(() -> DataProblem.of(cli, Message.of("cli.version.invalid", version)));
        load(cli, store, options);
        return store.lifecycle().read(options.entity, options.year, choice).orElseThrow(() -> DataProblem.of(cli,
                Message.of("cli.version.missing", options.entity, options.year, version)));
    }

    /** The indicator a user names by code, path or {@code #id}; refused with the reason otherwise. */
    static Indicator indicator(Cli cli, Plan plan, List<Measure> catalog, String written) {
        var resolution = new ValueCodes(plan, catalog).resolve(written);
        if (resolution instanceof ValueCodes.Resolution.Found found
                && found.target() instanceof ValueTarget.OfIndicator of) {
            return plan.indicator(of.id()).orElseThrow();
        }
        throw DataProblem.of(cli, resolution instanceof ValueCodes.Resolution.Unresolved unresolved ? unresolved.reason()
                : Message.of("cli.formula.not_indicator", written));
    }
}
