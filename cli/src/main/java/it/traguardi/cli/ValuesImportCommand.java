package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.exchange.values.ValuesCsv;
import it.traguardi.store.ValueStore;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi values import FILE}: a CSV {@code code;period;value} (UTF-8) checked whole first;
 * every bad row is reported with its line and field and nothing is written, else every value is
 * recorded in one transaction.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ValuesImportCommand implements Callable<Integer> {

    @ParentCommand
    ValuesCommand parent;

    @Mixin
    PlanKey key;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "values.import.file")
    Path file;

    @Override
    public Integer call() {
        var cli = parent.cli;
        var lines = lines(cli);
        var plan = Plans.load(cli, key);
        try (var database = cli.openDatabase()) {
            var entry = new ValueStore(database.dataSource()).entry(plan);
            var records = new ArrayList<ValueRecord>();
            var problems = new ArrayList<String>();
            check(cli, lines, entry, records, problems);
            if (!problems.isEmpty()) {
                problems.add(cli.messages().get("cli.values.problems", problems.size()));
                throw new DataProblem(problems);
            }
            new ValueStore(database.dataSource()).record(plan.entity(), plan.year(), records);
            cli.out().println(cli.messages().get("cli.values.imported", records.size(), plan.entity(), plan.year()));
        }
        return ExitCode.DONE;
    }

    private void check(Cli cli, List<String> lines, ValueEntry entry, List<ValueRecord> records, List<String> problems) {
        var m = cli.messages();
        var name = file.getFileName().toString();
        var reading = ValuesCsv.read(lines, entry);
        records.addAll(reading.records());
        for (var p : reading.problems()) {
            problems.add(p.wholeLine() ? m.get("values.import.line-problem", name, p.line(), m.render(p.problem()))
                    : m.get("values.import.problem", name, p.line(), p.field(), m.render(p.problem())));
        }
    }

    private List<String> lines(Cli cli) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
        } catch (CharacterCodingException e) {
            throw DataProblem.of(cli, Message.of("cli.file.unreadable", file.toString()));
        } catch (IOException e) {
            throw DataProblem.of(cli, Message.of("cli.file.unreadable", file.toString()));
        }
    }
}
