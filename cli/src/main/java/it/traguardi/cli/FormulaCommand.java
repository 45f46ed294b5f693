package it.traguardi.cli;

import it.traguardi.core.formula.FormulaCheck;
import it.traguardi.core.formula.MeasureCatalog;
import it.traguardi.core.formula.ParseResult;
import it.traguardi.core.formula.Parser;
import it.traguardi.core.formula.Printer;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.value.Unit;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.PlanChangedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code traguardi formula INDICATOR FORMULA}: writes or corrects an indicator's formula. The
 * formula is parsed and checked against the entity's measures (unknown measures, units that do not
 * match) before anything is saved; an empty formula removes it (values are then entered directly).
 */
@Command(name = "formula", mixinStandardHelpOptions = true, sortOptions = false)
final class FormulaCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions options;

    @Parameters(index = "0", paramLabel = "INDICATORE", descriptionKey = "formula.indicator")
    String indicatorCode;

    @Parameters(index = "1", paramLabel = "FORMULA", descriptionKey = "formula.text")
    String text;

    @Override
    public Integer call() {
        var m = cli.messages();
        try (var database = cli.openDatabase()) {
            var store = Cli.store(database);
            var plan = StoredPlans.load(cli, store, options);
            int version = store.version(plan.entity(), plan.year()).orElseThrow();
            var catalog = new MeasureStore(database.dataSource()).list(plan.entity());
            var indicator = StoredPlans.indicator(cli, plan, catalog, indicatorCode);
            var formula = text.isBlank() ? "" : checked(plan, catalog);
            try {
                store.replace(PlanEdits.replaceIndicator(plan, new Indicator(indicator.id(), indicator.code(),
                        indicator.title(), indicator.weight(), indicator.definition().withFormula(formula))), version,
                        CommandLineAuthor.current());
            } catch (PlanChangedException e) {
                throw DataProblem.of(cli, Message.of("cli.formula.changed", plan.entity(), plan.year()));
            }
            cli.out().println(formula.isEmpty() ? m.get("cli.formula.removed", indicator.label())
                    : m.get("cli.formula.saved", indicator.label(), formula));
        }
        return ExitCode.DONE;
    }

    /** The canonical text of the formula, or every problem with its column. */
    private String checked(Plan plan, List<Measure> catalog) {
        var m = cli.messages();
        return switch (Parser.parse(text)) {
            case ParseResult.Rejected rejected -> throw new DataProblem(rejected.problems().stream()
                    .map(p -> m.get("cli.formula.at_column", p.column(), m.render(p.message()))).toList());
            case ParseResult.Parsed parsed -> {
                var report = FormulaCheck.check(parsed.expr(), units(plan, catalog));
                if (!report.passed()) {
                    throw new DataProblem(report.problems().stream().map(m::render).toList());
                }
                yield Printer.print(parsed.expr());
            }
        };
    }

    /** The measures a formula may use: the catalog, and those the plan's formulas already use. */
    private static MeasureCatalog units(Plan plan, List<Measure> catalog) {
        var units = new LinkedHashMap<String, Unit>();
        PlanMeasures.of(plan).forEach(measure -> units.put(measure.code(), measure.unit()));
        catalog.forEach(measure -> units.put(measure.code(), measure.unit()));
        return new MeasureCatalog(units);
    }
}
