package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import java.util.List;

/** Finding what the user names: the plan of {@code --entity} and {@code --year}, an indicator of it. */
final class Plans {

    private Plans() {
    }

    static Plan load(Cli cli, PlanKey key) {
        try (var database = cli.openDatabase()) {
            return Cli.store(database).load(key.entity, key.year)
                    .orElseThrow(() -> DataProblem.of(cli, Message.of("cli.plan.missing", key.entity, key.year)));
        }
    }

    /** The indicator a user names by code, path or {@code #id}; refused with the reason otherwise. */
    static Indicator indicator(Cli cli, Plan plan, List<Measure> catalog, String written) {
        var resolution = new ValueCodes(plan, catalog).resolve(written);
        if (resolution instanceof ValueCodes.Resolution.Found found
                && found.target() instanceof ValueTarget.OfIndicator of) {
            return plan.indicator(of.id()).orElseThrow();
        }
        throw DataProblem.of(cli, resolution instanceof ValueCodes.Resolution.Refused refused ? refused.reason()
                : Message.of("cli.formula.not_indicator", written));
    }
}
