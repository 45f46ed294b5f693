package it.traguardi.web.plan.edit;

import it.traguardi.core.formula.FormulaCheck;
import it.traguardi.core.formula.MeasureCatalog;
import it.traguardi.core.formula.ParseResult;
import it.traguardi.core.formula.Parser;
import it.traguardi.core.formula.Printer;
import it.traguardi.core.i18n.Messages;
import java.util.List;

/**
 * A formula text read by the parser and checked against the measures: the canonical text to save,
 * or the problems (with the column for the parser's). An empty text is no formula, and passes.
 */
public record FormulaReview(String canonical, List<String> problems) {

    public FormulaReview {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public static FormulaReview of(String text, MeasureCatalog catalog, Messages m) {
        var t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new FormulaReview("", List.of());
        }
        return switch (Parser.parse(t)) {
            case ParseResult.Rejected rejected -> new FormulaReview("", rejected.problems().stream()
                    .map(p -> m.get("web.edit.formula.at-column", p.column(), m.render(p.message()))).toList());
            case ParseResult.Parsed parsed -> {
                var report = FormulaCheck.check(parsed.expr(), catalog);
                yield new FormulaReview(Printer.print(parsed.expr()), report.problems().stream().map(m::render).toList());
            }
        };
    }
}
