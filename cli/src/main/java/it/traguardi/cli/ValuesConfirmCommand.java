package it.traguardi.cli;

import it.traguardi.core.measure.ValueCodes;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.store.ConfirmationStore;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.ValueStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi values confirm --entity E --year Y --period P [CODICE...]}: confirms (conferma
 * del responsabile) the values of the period of the codes named, or of every measure and indicator
 * with a value of the period; a value already confirmed is passed over, a correction made after a
 * confirmation waits to be confirmed again.
 */
@Command(name = "confirm", mixinStandardHelpOptions = true, sortOptions = false)
final class ValuesConfirmCommand implements Callable<Integer> {

    @ParentCommand
    ValuesCommand parent;

    @Mixin
    PlanOptions options;

    @Option(names = "--period", required = true, paramLabel = "PERIODO", descriptionKey = "period.period")
    String period;

    @Parameters(paramLabel = "CODICE", arity = "0..*", descriptionKey = "values.confirm.codes")
    List<String> codes = new ArrayList<>();

    @Override
    public Integer call() {
        var cli = parent.cli;
        StoredPlans.onPlan(cli, options, (database, plan) -> {
            var confirmed = PeriodCommand.period(cli, plan, period);
            List<ValueTarget> targets;
            if (codes.isEmpty()) {
                targets = new ArrayList<>(new ValueStore(database.dataSource()).latest(plan.entity(), plan.year(), confirmed)
                        .keySet().stream().filter(t -> !(t instanceof ValueTarget.OfIndicator i)
                                || plan.indicator(i.id()).isPresent()).toList());
            } else {
                var index = new ValueCodes(plan, new MeasureStore(database.dataSource()).list(plan.entity()));
                targets = new ArrayList<>();
                for (var code : codes) {
                    switch (index.resolve(code)) {
                        case ValueCodes.Resolution.Found f -> targets.add(f.target());
                        case ValueCodes.Resolution.Unresolved r -> throw DataProblem.of(cli, r.reason());
                    }
                }
            }
            var done = new ConfirmationStore(database.dataSource()).confirm(plan.entity(), plan.year(), confirmed, targets,
                    CommandLineAuthor.current());
            cli.out().println(cli.messages().get("cli.values.confirmed", done.size(), confirmed.format(), plan.entity(),
                    plan.year()));
        });
        return ExitCode.DONE;
    }
}
