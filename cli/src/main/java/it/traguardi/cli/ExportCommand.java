package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.alberatura.AlberaturaUnfitException;
import it.traguardi.exchange.alberatura.AlberaturaWriter;
import it.traguardi.exchange.json.PlanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi export}: a stored plan as an alberatura TSV or as JSON. A plan that is missing or
 * has no areas is refused with one line and exit 65: an empty alberatura would be a file that no
 * import (ours or Integra's) can read, and an empty JSON plan would say nothing.
 */
// no standard --version here: --version names the version of the plan (the program's is traguardi --version)
@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    enum ExportFormat { tsv, json, full }

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Option(names = "--version", paramLabel = "N|approved|revised", descriptionKey = "plan.version")
    String version;

    @Option(names = "--format", required = true, paramLabel = "tsv|json|full", descriptionKey = "export.format")
    ExportFormat format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "export.output")
    Path output;

    @Override
    public Integer call() {
        if (format == ExportFormat.full) {
            // everything of the plan, every version included: --version does not choose one
            return written(FullTransfer.export(cli, options));
        }
        Plan plan;
        try (var database = cli.openDatabase()) {
            plan = StoredPlans.load(cli, Cli.store(database), options, version);
        }
        if (plan.areas().isEmpty()) {
            throw DataProblem.of(cli, Message.of("cli.export.empty", plan.entity(), plan.year()));
        }
        return written(render(plan));
    }

    private int written(String text) {
        if (output == null) {
            cli.out().print(text);
            cli.out().flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw DataProblem.of(cli, Message.of("cli.file.unwritable", output.toString()));
            }
            cli.err().println(cli.messages().get("cli.export.done", output.toString()));
        }
        return ExitCode.DONE;
    }

    private String render(Plan plan) {
        return switch (format) {
            case tsv -> {
                try {
                    yield AlberaturaWriter.write(plan);
                } catch (AlberaturaUnfitException e) {
                    throw DataProblem.of(cli, plan, e);
                }
            }
            case json -> PlanJson.write(plan);
            case full -> throw new IllegalStateException("the full export is not a rendering of the plan tree");
        };
    }
}
