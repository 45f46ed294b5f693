package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Unit;
import it.traguardi.store.MeasureStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi measures set CODE --entity NAME [--unit U] [--description T] ...}: adds a
 * measure to the catalog or changes it; what is not given stays as it was.
 */
@Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
final class MeasureSetCommand implements Callable<Integer> {

    @ParentCommand
    MeasuresCommand parent;

    @Option(names = "--entity", required = true, paramLabel = "NOME", descriptionKey = "entity")
    String entity;

    @Parameters(index = "0", paramLabel = "CODICE", descriptionKey = "measures.code")
    String code;

    @Option(names = "--unit", paramLabel = "N.|%|gg|€|data|SI/NO", descriptionKey = "measures.unit")
    String unit;

    @Option(names = "--description", paramLabel = "TESTO", descriptionKey = "measures.description")
    String description;

    @Option(names = "--source", paramLabel = "TESTO", descriptionKey = "measures.source")
    String source;

    @Option(names = "--owner", paramLabel = "TESTO", descriptionKey = "measures.owner")
    String owner;

    @Override
    public Integer call() {
        var cli = parent.cli;
        if (code.isBlank()) {
            throw DataProblem.of(cli, Message.of("cli.measures.no_code"));
        }
        var problems = texts();
        if (!problems.isEmpty()) {
            throw new DataProblem(problems.stream().map(cli.messages()::render).toList());
        }
        try (var database = cli.openDatabase()) {
            var store = new MeasureStore(database.dataSource());
            var old = store.list(entity).stream().filter(m -> m.code().equals(code.strip())).findFirst()
                    .orElse(Measure.named(code));
            var measure = new Measure(old.code(), description == null ? old.description() : description,
                    unit == null ? old.unit() : unit(cli), source == null ? old.source() : source,
                    owner == null ? old.owner() : owner);
            store.save(entity, List.of(measure), CommandLineAuthor.current());
            cli.out().println(cli.messages().get("cli.measures.saved", measure.code(), entity,
                    MeasuresCommand.shown(measure.unit())));
        }
        return ExitCode.DONE;
    }

    /** What keeps the texts given from being stored (Limits): too long, or characters a code cannot hold. */
    private List<Message> texts() {
        var out = new ArrayList<Message>();
        check(out, Limits.Text.MEASURE_CODE, code);
        check(out, Limits.Text.ENTITY, entity);
        check(out, Limits.Text.DESCRIPTION, description);
        check(out, Limits.Text.SOURCE, source);
        check(out, Limits.Text.OWNER, owner);
        return out;
    }

    private static void check(List<Message> problems, Limits.Text limit, String text) {
        if (text != null) {
            limit.problem(text.strip()).ifPresent(problems::add);
        }
    }

    private Unit unit(Cli cli) {
        var written = unit.strip();
        for (var candidate : Unit.values()) {
            if (MeasuresCommand.shown(candidate).equalsIgnoreCase(written) || candidate.name().equalsIgnoreCase(written)) {
                return candidate;
            }
        }
        throw DataProblem.of(cli, Message.of("cli.measures.bad_unit", unit));
    }
}
