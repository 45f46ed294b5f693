package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Plan;

/** Loading the plan that {@code --entity} and {@code --year} name. */
final class Plans {

    private Plans() {
    }

    static Plan load(Cli cli, PlanKey key) {
        try (var database = cli.openDatabase()) {
            return Cli.store(database).load(key.entity, key.year)
                    .orElseThrow(() -> DataProblem.of(cli, Message.of("cli.plan.missing", key.entity, key.year)));
        }
    }
}
