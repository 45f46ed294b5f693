package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueRecord;
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

    static final String HEADER = "code;period;value";

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
            var entry = ValueEntry.forPlan(database, plan);
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
        if (lines.isEmpty() || !lines.getFirst().strip().equalsIgnoreCase(HEADER)) {
            var reason = lines.isEmpty() ? Message.of("values.import.empty") : Message.of("values.import.header", HEADER);
            throw new DataProblem(List.of(m.get("values.import.line-problem", name, 1, m.render(reason))));
        }
        for (int i = 1; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            var fields = line.split(";", -1);
            if (fields.length != 3) {
                problems.add(m.get("values.import.line-problem", name, i + 1,
                        m.render(Message.of("values.import.columns", fields.length))));
                continue;
            }
            var found = new ArrayList<ValueEntry.FieldProblem>();
            entry.read(unquote(fields[0]), unquote(fields[1]), unquote(fields[2]), "", found).ifPresent(records::add);
            for (var p : found) {
                problems.add(m.get("values.import.problem", name, i + 1, p.field(), m.render(p.problem())));
            }
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

    private static String unquote(String field) {
        var f = field.strip();
        return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
    }
}
