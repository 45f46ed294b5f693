package it.traguardi.cli;

import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.spreadsheet.ImportFiles;
import it.traguardi.exchange.values.ValuesCsv;
import it.traguardi.store.ValueStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi values import FILE}: a CSV {@code code;period;value}, or with a fourth column
 * {@code reason} (UTF-8), or a values XLSX template of the plan, checked whole first; every bad row (a value that misses its target
 * without a reason too) is reported with its line and field and nothing is written, else every
 * value is recorded in one transaction.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ValuesImportCommand implements Callable<Integer> {

    @ParentCommand
    ValuesCommand parent;

    @Mixin
    PlanOptions options;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "values.import.file")
    Path file;

    @Override
    public Integer call() {
        var cli = parent.cli;
        var bytes = DataProblem.bytesOf(cli, file);
        StoredPlans.onPlan(cli, options, (database, plan) -> {
            var author = CommandLineAuthor.current();
            var values = new ValueStore(database.dataSource());
            var entry = values.entry(plan, author);
            var records = new ArrayList<ValueRecord>();
            var problems = new ArrayList<String>();
            check(cli, bytes, plan, entry, records, problems);
            if (!problems.isEmpty()) {
                problems.add(cli.messages().get("cli.values.problems", problems.size()));
                throw new DataProblem(problems);
            }
            values.record(plan.entity(), plan.year(), records, author);
            cli.out().println(cli.messages().get("cli.values.imported", records.size(), plan.entity(), plan.year()));
        });
        return ExitCode.DONE;
    }

    private void check(Cli cli, byte[] bytes, Plan plan, ValueEntry entry, List<ValueRecord> records,
            List<String> problems) {
        var m = cli.messages();
        var reading = read(cli, file.getFileName().toString(), bytes, plan, entry);
        var name = ImportFiles.valuesPlace(file.getFileName().toString(), bytes);
        records.addAll(reading.records());
        problems.addAll(ImportProblem.renderGrouped(reading.problems().stream().map(p -> p.in(name)).toList(), m));
    }

    /**
     * The file's reading: a CSV, refusing what is not UTF-8 text (an empty, binary, UTF-16 or
     * Latin-1 file), or a values XLSX template of this plan; a problem of the whole file is thrown.
     */
    private static ValuesCsv.Reading read(Cli cli, String name, byte[] bytes, Plan plan, ValueEntry entry) {
        try {
            return ImportFiles.values(name, bytes, plan.entity(), plan.year(), entry);
        } catch (ImportException e) {
            throw DataProblem.of(cli, e);
        }
    }
}
