package it.traguardi.cli;

import it.traguardi.core.value.Unit;
import it.traguardi.store.MeasureStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi measures list|set}: the entity's catalog of measures. */
@Command(name = "measures", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {MeasuresCommand.Listing.class, MeasureSetCommand.class})
final class MeasuresCommand {

    @ParentCommand
    Cli cli;

    /** The unit as a person reads it in a list. */
    static String shown(Unit unit) {
        return switch (unit) {
            case COUNT, PERCENT, DAYS, EURO -> unit.symbol();
            case DATE -> "data";
            case YES_NO -> "SI/NO";
            case UNSPECIFIED -> "—";
        };
    }

    /** {@code traguardi measures list --entity NAME}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class Listing implements Callable<Integer> {

        @ParentCommand
        MeasuresCommand parent;

        @Option(names = "--entity", required = true, paramLabel = "NOME", descriptionKey = "entity")
        String entity;

        @Override
        public Integer call() {
            var cli = parent.cli;
            var m = cli.messages();
            try (var database = cli.openDatabase()) {
                var measures = new MeasureStore(database.dataSource()).list(entity);
                if (measures.isEmpty()) {
                    cli.out().println(m.get("cli.measures.none", entity));
                    return ExitCode.DONE;
                }
                var format = "%-28s %-6s %s%n";
                cli.out().printf(format, m.get("cli.measures.code"), m.get("cli.measures.unit"),
                        m.get("cli.measures.description"));
                for (var measure : measures) {
                    cli.out().printf(format, measure.code(), shown(measure.unit()), measure.description());
                }
                cli.out().println(m.get("cli.measures.count", measures.size()));
            }
            return ExitCode.DONE;
        }
    }
}
