package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.exchange.alberatura.AlberaturaUnfitException;
import it.traguardi.exchange.spreadsheet.PlanWorkbook;
import it.traguardi.exchange.spreadsheet.ValuesWorkbook;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.ValueStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi template plan|values}: the XLSX templates an office fills and gives back to
 * {@code import} and {@code values import} (docs/file-formats.md, "The spreadsheet templates").
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {TemplateCommand.PlanTemplate.class, TemplateCommand.ValuesTemplate.class})
final class TemplateCommand {

    @ParentCommand
    Cli cli;

    /** The whole file or nothing: written beside the output, then moved over it. */
    static void write(Cli cli, Path output, byte[] bytes) {
        var target = output.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), ".traguardi-template", ".part");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // the temporary file stays behind; the failure to write is what is reported
            }
            throw DataProblem.of(cli, Message.of("cli.template.unwritable", output.toString()));
        }
        cli.err().println(cli.messages().get("cli.template.done", output.toString()));
    }

    /** {@code template plan}: an empty plan template, or a stored plan as one. */
    @Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false)
    static final class PlanTemplate implements Callable<Integer> {

        @ParentCommand
        TemplateCommand parent;

        @Option(names = "--output", required = true, paramLabel = "FILE", descriptionKey = "template.output")
        Path output;

        @Option(names = "--entity", paramLabel = "NOME", descriptionKey = "template.entity")
        String entity;

        @Option(names = "--year", paramLabel = "AAAA", descriptionKey = "template.year")
        Integer year;

        @Override
        public Integer call() {
            var cli = parent.cli;
            byte[] bytes;
            if (entity != null && year != null) {
                try (var database = cli.openDatabase()) {
                    var stored = Cli.store(database).load(entity, year);
                    bytes = stored.isPresent() && !stored.get().areas().isEmpty() ? filled(cli, stored.get())
                            : PlanWorkbook.blank(entity, year);
                }
            } else {
                bytes = PlanWorkbook.blank(entity, year);
            }
            write(cli, output, bytes);
            return ExitCode.DONE;
        }

        /** The stored plan in the template; refused, saying what would be lost, when the template cannot hold it. */
        private static byte[] filled(Cli cli, Plan plan) {
            try {
                return PlanWorkbook.of(plan);
            } catch (AlberaturaUnfitException e) {
                throw DataProblem.of(cli, plan, e);
            }
        }
    }

    /** {@code template values}: the values still waiting in a period of a stored plan. */
    @Command(name = "values", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ValuesTemplate implements Callable<Integer> {

        @ParentCommand
        TemplateCommand parent;

        @Mixin
        PlanOptions options;

        @Option(names = "--period", required = true, paramLabel = "PERIODO", descriptionKey = "template.period")
        String period;

        @Option(names = "--output", required = true, paramLabel = "FILE", descriptionKey = "template.output")
        Path output;

        @Override
        public Integer call() {
            var cli = parent.cli;
            try (var database = cli.openDatabase()) {
                var plan = StoredPlans.load(cli, Cli.store(database), options);
                Period at;
                try {
                    at = Period.parseIn(period, plan.year());
                } catch (InvalidValueException e) {
                    throw DataProblem.of(cli, e.problem());
                }
                var catalog = new MeasureStore(database.dataSource()).list(plan.entity());
                var recorded = new ValueStore(database.dataSource()).latest(plan.entity(), plan.year(), at);
                var rows = ValuesWorkbook.waiting(plan, catalog, recorded);
                write(cli, output, ValuesWorkbook.write(plan, at, rows));
                cli.err().println(cli.messages().get("cli.template.rows", rows.size(), at.format()));
            }
            return ExitCode.DONE;
        }
    }
}
