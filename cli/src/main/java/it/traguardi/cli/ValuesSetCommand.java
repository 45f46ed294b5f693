package it.traguardi.cli;

import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.ValueStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi values set CODE PERIOD VALUE}: records one value, or corrects it with a new record. */
@Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
final class ValuesSetCommand implements Callable<Integer> {

    @ParentCommand
    ValuesCommand parent;

    @Mixin
    PlanOptions options;

    @Parameters(index = "0", paramLabel = "CODICE", descriptionKey = "values.set.code")
    String code;

    @Parameters(index = "1", paramLabel = "PERIODO", descriptionKey = "values.set.period")
    String period;

    @Parameters(index = "2", paramLabel = "VALORE", descriptionKey = "values.set.value")
    String value;

    @Option(names = "--reason", paramLabel = "TESTO", defaultValue = "", descriptionKey = "values.set.reason")
    String reason;

    @Override
    public Integer call() {
        var cli = parent.cli;
        StoredPlans.onPlan(cli, options, (database, plan) -> {
            var values = new ValueStore(database.dataSource());
            var problems = new ArrayList<ValueEntry.FieldProblem>();
            var author = CommandLineAuthor.current();
            var record = values.entry(plan, author).read(code, period, value, reason, problems);
            if (record.isEmpty()) {
                var m = cli.messages();
                throw new DataProblem(problems.stream()
                        .map(p -> m.get("cli.values.set.invalid", p.field(), m.render(p.problem()))).toList());
            }
            values.record(plan.entity(), plan.year(), List.of(record.get()), author);
            cli.out().println(cli.messages().get("cli.values.set.done", code.strip(),
                    ShownFormat.of(record.get().value()), record.get().period().format(), plan.entity(),
                    plan.year()));
        });
        return ExitCode.DONE;
    }
}
