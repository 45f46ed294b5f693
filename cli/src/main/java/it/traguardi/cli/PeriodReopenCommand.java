package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.store.ValidationStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi period reopen --entity E --year Y --period P --reason T}: reopens a validated
 * period (riapertura) for a reason, recorded in the audit trail; values are accepted again.
 */
@Command(name = "reopen", mixinStandardHelpOptions = true, sortOptions = false)
final class PeriodReopenCommand implements Callable<Integer> {

    @ParentCommand
    PeriodCommand parent;

    @Mixin
    PlanOptions options;

    @Option(names = "--period", required = true, paramLabel = "PERIODO", descriptionKey = "period.period")
    String period;

    @Option(names = "--reason", required = true, paramLabel = "TESTO", descriptionKey = "period.reason")
    String reason;

    @Override
    public Integer call() {
        var cli = parent.cli;
        StoredPlans.onPlan(cli, options, (database, plan) -> {
            var reopened = PeriodCommand.period(cli, plan, period);
            PeriodValidation.reasonProblem(reason).ifPresent(p -> {
                throw PeriodCommand.refused(cli, "--reason", p);
            });
            new ValidationStore(database.dataSource()).reopen(plan.entity(), plan.year(), reopened, reason,
                    CommandLineAuthor.current()).orElseThrow(() -> DataProblem.of(cli,
                            Message.of("cli.period.not-validated", reopened.format(), plan.entity(), plan.year())));
            cli.out().println(cli.messages().get("cli.period.reopened", reopened.format(), plan.entity(), plan.year()));
        });
        return ExitCode.DONE;
    }
}
