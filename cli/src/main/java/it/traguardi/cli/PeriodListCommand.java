package it.traguardi.cli;

import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.ValidationStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi period list --entity E --year Y}: the validations of the plan's periods, oldest
 * first, standing (the period is locked) or reopened, with who, when, the remarks and the reason.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class PeriodListCommand implements Callable<Integer> {

    @ParentCommand
    PeriodCommand parent;

    @Mixin
    PlanOptions options;

    @Override
    public Integer call() {
        var cli = parent.cli;
        var m = cli.messages();
        StoredPlans.onPlan(cli, options, (database, plan) -> {
            var validations = new ValidationStore(database.dataSource()).list(plan.entity(), plan.year());
            if (validations.isEmpty()) {
                cli.out().println(m.get("cli.period.none", plan.entity(), plan.year()));
            }
            for (var v : validations) {
                var line = m.get("cli.period.line", v.period().format(), v.validatedBy(), ShownFormat.moment(v.validatedAt()),
                        v.remarks().isEmpty() ? "-" : v.remarks());
                cli.out().println(switch (v.state()) {
                    case PeriodValidation.Standing s -> line + " " + m.get("cli.period.locked");
                    case PeriodValidation.Reopened r -> line + " " + m.get("cli.period.was-reopened", r.by(),
                            ShownFormat.moment(r.at()), r.reason());
                });
            }
        });
        return ExitCode.DONE;
    }
}
