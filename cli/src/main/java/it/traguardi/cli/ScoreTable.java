package it.traguardi.cli;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.score.Coverage;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Subject;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.PlanResult;

/** The score tree as a table for people: one line per node, indented by level, Italian numbers. */
final class ScoreTable {

    private static final int TITLE_WIDTH = 60;

    private ScoreTable() {
    }

    static String render(PlanResult result, Messages m) {
        var plan = result.plan();
        var out = new StringBuilder(m.get("cli.score.title", plan.entity(), plan.year(), result.period().format()))
                .append('\n').append(coverage(result.tree().root().coverage(), m)).append('\n')
                .append(m.get("cli.score.header")).append('\n');
        line(result, result.tree().root(), 0, m, out);
        return out.toString();
    }

    private static void line(PlanResult result, ScoreNode node, int depth, Messages m, StringBuilder out) {
        var indent = "  ".repeat(depth);
        var weight = "100%";
        var target = "";
        var actual = "";
        String label;
        switch (node.subject()) {
            case Subject.Entity e -> label = e.name();
            case Subject.Node n -> {
                label = (n.node().code() + " " + shortened(n.node().title())).strip();
                weight = ItalianFormat.format(n.node().weight());
                if (n.node() instanceof Indicator indicator) {
                    target = ResultFormat.target(indicator, result.plan().year());
                    actual = ResultFormat.actual(result.actuals().get(indicator.id()));
                }
            }
        }
        var achievement = ScoreCommand.achievement(node.score());
        out.append(indent).append(label)
                .append(" | ").append(weight)
                .append(" | ").append(target)
                .append(" | ").append(actual)
                .append(" | ").append(achievement == null ? ItalianFormat.NOT_AVAILABLE
                        : ShownFormat.percent(achievement))
                .append(" | ").append(ScoreCommand.status(node.status(), m))
                .append(node.coverage().provisional() ? " (" + m.get("cli.score.provisional") + ")" : "")
                .append('\n');
        node.children().forEach(child -> line(result, child, depth + 1, m, out));
    }

    /** What the overall score stands on, and whether it is provisional. */
    static String coverage(Coverage coverage, Messages m) {
        var line = m.get("cli.score.coverage", ResultFormat.coverage(coverage, m));
        return coverage.provisional() ? line + " " + m.get("cli.score.coverage.provisional") : line;
    }

    private static String shortened(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
