package it.traguardi.cli;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.report.ReportException;
import it.traguardi.report.ReportSource;
import it.traguardi.report.Reports;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.render.CsvReport;
import it.traguardi.report.render.HtmlReport;
import it.traguardi.report.render.JsonReport;
import it.traguardi.report.render.PdfReport;
import it.traguardi.report.render.XlsxReport;
import it.traguardi.store.CommentStore;
import it.traguardi.store.Database;
import it.traguardi.store.PlanResults;
import it.traguardi.store.ValueStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code traguardi report}: a report of a stored plan (alberatura, monitoraggio, relazione, scheda)
 * as HTML, PDF, XLSX, CSV or JSON, written to a file. What cannot make a report is refused with one
 * line and exit 65 before anything is written: a plan that is not stored, a period that is not of its
 * year, a monitoring or relazione of a period with no value recorded, an objective not in the plan.
 * The file is written whole or not at all (a temporary file beside it, then moved).
 */
// no standard --version here: --version names the version of the plan (the program's is traguardi --version)
@Command(name = "report", sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    enum ReportName { alberatura, monitoraggio, relazione, scheda }

    enum ReportFormat { html, pdf, xlsx, csv, json }

    @ParentCommand
    Cli cli;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "alberatura|monitoraggio|relazione|scheda", descriptionKey = "report.name")
    ReportName name;

    @Mixin
    PlanOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Option(names = "--version", paramLabel = "N|approved|revised", descriptionKey = "plan.version")
    String version;

    @Option(names = "--period", paramLabel = "AAAA-MM-GG", descriptionKey = "report.period")
    String period;

    @Option(names = "--objective", paramLabel = "CODICE", descriptionKey = "report.objective")
    String objective;

    @Option(names = "--format", required = true, paramLabel = "html|pdf|xlsx|csv|json", descriptionKey = "report.format")
    ReportFormat format;

    @Option(names = "--output", required = true, paramLabel = "FILE", descriptionKey = "report.output")
    Path output;

    @Override
    public Integer call() {
        var kind = ReportKind.valueOf(name.name().toUpperCase(Locale.ROOT));
        if ((kind == ReportKind.SCHEDA) != (objective != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), cli.messages().get(
                    kind == ReportKind.SCHEDA ? "cli.report.objective.required" : "cli.report.objective.only-scheda"));
        }
        Report report;
        try (var database = cli.openDatabase()) {
            report = build(kind, source(database, kind));
        }
        write(render(report));
        cli.err().println(cli.messages().get("cli.report.done", output.toString()));
        return ExitCode.DONE;
    }

    /**
     * What the report is made of: the plan (as stored now, or the approved version asked for), its
     * scores at the period, comments and histories (values and comments belong to every version).
     */
    private ReportSource source(Database database, ReportKind kind) {
        var plan = StoredPlans.load(cli, Cli.store(database), options, version);
        if (plan.areas().isEmpty()) {
            throw DataProblem.of(cli, Message.of("cli.export.empty", plan.entity(), plan.year()));
        }
        var at = period(plan);
        var snapshot = new PlanResults(database.dataSource()).snapshot(plan, at);
        if (snapshot.latest().isEmpty() && (kind == ReportKind.MONITORAGGIO || kind == ReportKind.RELAZIONE)) {
            throw DataProblem.of(cli, Message.of("cli.report.no-values", at.format(), plan.entity(), plan.year()));
        }
        return new ReportSource(plan, at, snapshot.tree(), snapshot.actuals(), comments(database, plan),
                history(database, plan, kind));
    }

    private Period period(Plan plan) {
        if (period == null) {
            return Period.of(plan.year());
        }
        try {
            return Period.parseIn(period, plan.year());
        } catch (InvalidValueException e) {
            throw DataProblem.of(cli, e.problem());
        }
    }

    private static Map<NodeId, List<Comment>> comments(Database database, Plan plan) {
        var store = new CommentStore(database.dataSource());
        return plan.nodes().stream().collect(Collectors.toMap(n -> n.id(),
                n -> store.of(plan.entity(), plan.year(), n.id()), (a, b) -> a));
    }

    /** The values entered for each indicator, every period: the reasons of monitoring and the scheda's history. */
    private static Map<NodeId, List<ValueRecord>> history(Database database, Plan plan, ReportKind kind) {
        if (kind == ReportKind.ALBERATURA || kind == ReportKind.RELAZIONE) {
            return Map.of();
        }
        var values = new ValueStore(database.dataSource());
        return plan.indicators().collect(Collectors.toMap(Indicator::id,
                i -> values.history(plan.entity(), plan.year(), ValueTarget.indicator(i.id())), (a, b) -> a));
    }

    private Report build(ReportKind kind, ReportSource source) {
        try {
            return kind == ReportKind.SCHEDA ? Reports.scheda(source, objective, cli.messages())
                    : Reports.build(kind, source, cli.messages());
        } catch (ReportException e) {
            throw DataProblem.of(cli, e.problem());
        }
    }

    private byte[] render(Report report) {
        Function<String, byte[]> utf8 = text -> text.getBytes(StandardCharsets.UTF_8);
        return switch (format) {
            case html -> utf8.apply(HtmlReport.render(report, cli.messages()));
            case pdf -> PdfReport.render(report, cli.messages());
            case xlsx -> XlsxReport.render(report);
            case csv -> utf8.apply(CsvReport.render(report));
            case json -> utf8.apply(JsonReport.render(report));
        };
    }

    /** The whole file or nothing: written beside the output, then moved over it. */
    private void write(byte[] bytes) {
        var target = output.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), ".traguardi-report", ".part");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw DataProblem.of(cli, Message.of("cli.file.unwritable", output.toString()));
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to do: the file was a temporary one and the failure is reported
        }
    }
}
