package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.exchange.json.FullPlanReader;
import it.traguardi.exchange.spreadsheet.ImportFiles;
import it.traguardi.store.PlanExistsException;
import it.traguardi.store.PlanStore;
import it.traguardi.store.Replacement;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi import FILE}: reads an alberatura TSV or a plan XLSX template and stores the whole plan, or
 * nothing; a JSON ({@code .json}, or text that opens an object) is taken for a full export ({@code traguardi.full/1})
 * and taken in whole by {@link FullTransfer}, or refused as the JSON it is.
 */
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

    @Option(names = "--dry-run", descriptionKey = "import.dry-run")
    boolean dryRun;

    @Override
    public Integer call() {
        var bytes = DataProblem.bytesOf(cli, file);
        // one decision for every way in: a JSON (by name or content) is taken for a full export, and
        // one that is not is refused as the JSON it is, not read as a bad TSV
        if (ImportFiles.kind(file.getFileName().toString(), bytes) == ImportFiles.Kind.JSON) {
            if ((entity != null || year != null) && FullPlanReader.recognises(bytes)) {
                throw DataProblem.of(cli, Message.of("cli.full.options"));
            }
            FullTransfer.importFile(cli, file.getFileName().toString(), bytes, replace, dryRun);
            return ExitCode.DONE;
        }
        var read = read(bytes);
        var plan = read.plan();
        var m = cli.messages();
        if (!read.warnings().isEmpty()) {
            cli.err().println(m.get("cli.import.warnings", read.warnings().size(), read.warningCounts().stream()
                    .map(k -> m.get(k.kind().titleKey()) + " " + k.count()).collect(Collectors.joining(", "))));
        }
        for (var warning : read.groupedWarnings(m)) {
            cli.err().println(m.get("cli.warning", warning));
        }
        try (var database = cli.openDatabase()) {
            var store = Cli.store(database);
            var replacement = dryRun ? preview(store, plan) : store.save(plan, replace, CommandLineAuthor.current());
            replacement.ifPresent(this::report);
            var done = dryRun ? (replacement.isPresent() ? "cli.import.would-replace" : "cli.import.would-create")
                    : replacement.isPresent() ? "cli.import.replaced" : "cli.import.done";
            cli.out().println(m.get(done, plan.entity(), plan.year(), plan.areas().size(),
                    plan.strategicObjectives().count(), plan.operationalObjectives().count(),
                    plan.indicators().count()));
            if (dryRun) {
                cli.out().println(m.get("cli.import.dry-run"));
            }
        } catch (PlanExistsException e) {
            throw DataProblem.of(cli, Message.of("cli.import.exists", plan.entity(), plan.year()));
        }
        return ExitCode.DONE;
    }

    /** What the import would do, refused as the import itself would be. */
    private Optional<Replacement> preview(PlanStore store, Plan plan) {
        var replacement = store.preview(plan);
        if (replacement.isPresent() && !replace) {
            throw new PlanExistsException(plan.entity(), plan.year());
        }
        return replacement;
    }

    /** How the new plan matched the stored one, and what became of the values of nodes not kept. */
    private void report(Replacement replacement) {
        var m = cli.messages();
        cli.out().println(replacement.summary(m));
        for (var change : replacement.changes(m)) {
            cli.out().println("  " + m.get("replace.outcome." + change.outcome()) + ": " + change.label()
                    + (change.detail().isEmpty() ? "" : " (" + change.detail() + ")"));
        }
        cli.out().println(replacement.detachedSummary(m));
    }

    private AlberaturaImport read(byte[] bytes) {
        try {
            return ImportFiles.plan(file.getFileName().toString(), bytes, new Overrides(entity, year));
        } catch (ImportException e) {
            throw DataProblem.of(cli, e);
        }
    }
}
