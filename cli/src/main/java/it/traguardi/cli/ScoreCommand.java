package it.traguardi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Status;
import it.traguardi.core.score.Subject;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.store.PlanResult;
import it.traguardi.store.PlanResults;
import it.traguardi.web.result.Shown;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi score}: the degree of achievement of every node of a plan for a period, from the
 * latest recorded values and the plan's scoring rules; a table for people or JSON.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false)
final class ScoreCommand implements Callable<Integer> {

    enum Format { table, json }

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions options;

    @Option(names = "--period", paramLabel = "AAAA-MM-GG", descriptionKey = "score.period")
    String period;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", descriptionKey = "score.format")
    Format format;

    @Override
    public Integer call() throws Exception {
        var plan = StoredPlans.load(cli, options);
        var when = period(plan);
        PlanResult result;
        try (var database = cli.openDatabase()) {
            result = new PlanResults(database.dataSource()).of(plan, when);
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

    static String json(PlanResult result, Messages m) throws Exception {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(node(result, result.tree().root(), m)) + "\n";
    }

    private static Map<String, Object> node(PlanResult result, ScoreNode node, Messages m) {
        var out = new LinkedHashMap<String, Object>();
        switch (node.subject()) {
            case Subject.Entity e -> {
                out.put("kind", "ENTITY");
                out.put("code", "");
                out.put("title", e.name());
                out.put("year", e.year());
                out.put("period", result.period().format());
                out.put("weight", new BigDecimal("100"));
            }
            case Subject.Node n -> {
                out.put("kind", n.node().kind().name());
                out.put("id", n.node().id().value());
                out.put("code", n.node().code());
                out.put("title", n.node().title());
                out.put("weight", n.node().weight().percent());
            }
        }
        out.put("achievement", achievement(node.score()));
        out.put("status", node.status().name());
        if (node.subject() instanceof Subject.Node n && n.node() instanceof Indicator indicator) {
            out.put("target", target(indicator, result.plan().year()));
            out.put("actual", Shown.actual(result.actuals().get(indicator.id())));
            out.put("reason", node.score() instanceof Score.NotAvailable na ? m.render(na.reason()) : null);
        }
        out.put("children", node.children().stream().map(child -> node(result, child, m)).toList());
        return out;
    }

    /** The achievement shown: percent with two decimals, or null for N/D. */
    static BigDecimal achievement(Score score) {
        return switch (score) {
            case Score.Scored s -> s.achievement().percent();
            case Score.NotAvailable n -> null;
        };
    }

    static String target(Indicator indicator, int year) {
        return ItalianFormat.format(indicator.definition().targetFor(year).orElse(Target.MISSING));
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
