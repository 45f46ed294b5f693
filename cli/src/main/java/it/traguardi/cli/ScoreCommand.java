package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.Status;
import it.traguardi.exchange.json.ScoreJson;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.store.PlanResult;
import it.traguardi.store.PlanResults;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi score}: the degree of achievement of every node of a plan for a period, from the
 * latest recorded values and the plan's scoring rules; a table for people or JSON.
 */
// no standard --version here: --version names the version of the plan (the program's is traguardi --version)
@Command(name = "score", sortOptions = false)
final class ScoreCommand implements Callable<Integer> {

    enum ScoreFormat { table, json }

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Option(names = "--version", paramLabel = "N|approved|revised", descriptionKey = "plan.version")
    String version;

    @Option(names = "--period", paramLabel = "AAAA-MM-GG", descriptionKey = "score.period")
    String period;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", descriptionKey = "score.format")
    ScoreFormat format;

    @Override
    public Integer call() throws Exception {
        PlanResult result;
        try (var database = cli.openDatabase()) {
            var plan = StoredPlans.load(cli, Cli.store(database), options, version);
            result = new PlanResults(database.dataSource()).of(plan, period(plan));
        }
        cli.out().print(switch (format) {
            case table -> ScoreTable.render(result, cli.messages());
            case json -> json(result, cli.messages());
        });
        cli.out().flush();
        return ExitCode.DONE;
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

    static String json(PlanResult result, Messages m) {
        return ScoreJson.write(result.plan(), result.period(), result.tree(), result.actuals(), m);
    }

    /** The achievement shown: percent with two decimals, or null for N/D. */
    static BigDecimal achievement(Score score) {
        return switch (score) {
            case Score.Scored s -> s.achievement().percent();
            case Score.NotAvailable n -> null;
        };
    }

    static String status(Status status, Messages m) {
        return m.get(switch (status) {
            case ACHIEVED -> "cli.score.status.achieved";
            case PARTLY_ACHIEVED -> "cli.score.status.partly";
            case NOT_ACHIEVED -> "cli.score.status.not-achieved";
            case NOT_AVAILABLE -> "cli.score.status.not-available";
            case MONITORING_ONLY -> "cli.score.status.monitoring";
        });
    }
}
