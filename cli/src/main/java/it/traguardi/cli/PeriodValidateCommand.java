package it.traguardi.cli;

import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.store.ValidationStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi period validate --entity E --year Y --period P [--remarks T]}: validates the
 * period; from then on it refuses every value. A period already validated is refused (exit 65),
 * naming who validated it and when.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class PeriodValidateCommand implements Callable<Integer> {

    @ParentCommand
    PeriodCommand parent;

    @Mixin
    PlanOptions options;

    @Option(names = "--period", required = true, paramLabel = "PERIODO", descriptionKey = "period.period")
    String period;

    @Option(names = "--remarks", paramLabel = "TESTO", defaultValue = "", descriptionKey = "period.remarks")
    String remarks;

    @Override
    public Integer call() {
        var cli = parent.cli;
        StoredPlans.onPlan(cli, options, (database, plan) -> {
            var validated = PeriodCommand.period(cli, plan, period);
            PeriodValidation.remarksProblem(remarks).ifPresent(p -> {
                throw PeriodCommand.refused(cli, "--remarks", p);
            });
            new ValidationStore(database.dataSource()).validate(plan.entity(), plan.year(), validated, remarks,
                    CommandLineAuthor.current());
            cli.out().println(cli.messages().get("cli.period.validated", validated.format(), plan.entity(), plan.year()));
        });
        return ExitCode.DONE;
    }
}
