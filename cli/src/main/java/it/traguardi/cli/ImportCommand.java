package it.traguardi.cli;

import it.traguardi.core.check.Finding;
import it.traguardi.core.i18n.Message;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.PlanExistsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code traguardi import FILE}: reads an alberatura TSV and stores the whole plan, or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--entity", paramLabel = "NOME", descriptionKey = "import.entity")
    String entity;

    @Option(names = "--year", paramLabel = "AAAA", descriptionKey = "import.year")
    Integer year;

    @Option(names = "--replace", descriptionKey = "import.replace")
    boolean replace;

    @Override
    public Integer call() {
        var read = read();
        var plan = read.plan();
        try (var database = cli.openDatabase()) {
            Cli.store(database).save(plan, replace);
        } catch (PlanExistsException e) {
            throw DataProblem.of(cli, Message.of("cli.import.exists", plan.entity(), plan.year()));
        }
        var m = cli.messages();
        for (Finding warning : read.warnings()) {
            cli.err().println(m.get("cli.warning", where(read, warning), m.render(warning.message())));
        }
        cli.out().println(m.get("cli.import.done", plan.entity(), plan.year(), plan.areas().size(),
                plan.strategicObjectives().count(), plan.operationalObjectives().count(), plan.indicators().count()));
        return ExitCode.DONE;
    }

    private AlberaturaImport read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw DataProblem.of(cli, Message.of("cli.file.unreadable", file.toString()));
        }
        try {
            return AlberaturaReader.read(file.getFileName().toString(), bytes, new Overrides(entity, year));
        } catch (ImportException e) {
            var m = cli.messages();
            throw new DataProblem(e.problems().stream().map(p -> p.render(m)).toList());
        }
    }

    /** "riga 12: " for a finding about nodes, empty for one about the whole file. */
    private String where(AlberaturaImport read, Finding warning) {
        return warning.nodes().isEmpty() ? ""
                : cli.messages().get("import.place.line", read.lines().get(warning.nodes().getFirst())) + ": ";
    }
}
