package it.traguardi.report;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Subject;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Fact;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.RowKind;
import it.traguardi.report.model.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scheda obiettivo: one strategic or operational objective for its owner. Its score and what it
 * stands on; every indicator below it (an OS's own and its operational objectives') with algorithm,
 * owner, latest baseline, target, actual, achievement and light; the history of the values entered
 * for them, corrections included, with who, when and why; the comments on the objective and on them.
 */
public final class SchedaReport {

    private SchedaReport() {
    }

    /**
     * @param objective the objective's code, or {@code #id} when a code is repeated
     * @throws ReportException when the plan has no such objective, or more than one with that code
     */
    public static Report of(ReportSource source, String objective, Messages m) {
        var node = find(source, objective);
        var plan = source.plan();
        var score = source.tree().find(node.id()).orElseThrow();
        var nodes = below(score);
        var facts = new ArrayList<Fact>(List.of(new Fact("objective", m.get("report.fact.objective"), Cell.text(node.label())),
                new Fact("owner", m.get("report.fact.owner"), Cell.text(owners(nodes)))));
        facts.addAll(MonitoraggioReport.overall(score, m));
        var period = NodeCells.period(source.period());
        return new Report(ReportKind.SCHEDA, plan.entity(), plan.year(), source.period().format(),
                m.get("report.title.scheda", node.label(), plan.entity(), plan.year()),
                m.get("report.description.scheda", node.label(), plan.entity(), plan.year(), period),
                m.locale().getLanguage(), facts,
                List.of(indicators(source, nodes, m), history(source, nodes, m), comments(source, node, nodes, m)),
                List.of());
    }

    private static PlanNode find(ReportSource source, String written) {
        var objectives = source.plan().nodes().stream()
                .filter(n -> n.kind() == NodeKind.STRATEGIC_OBJECTIVE || n.kind() == NodeKind.OPERATIONAL_OBJECTIVE)
                .toList();
        var code = written.strip();
        var found = code.startsWith("#")
                ? objectives.stream().filter(n -> ("#" + n.id().value()).equals(code)).toList()
                : objectives.stream().filter(n -> n.code().equals(code)).toList();
        if (found.isEmpty()) {
            throw new ReportException(Message.of("report.objective.missing", code, source.plan().entity(),
                    source.plan().year()));
        }
        if (found.size() > 1) {
            throw new ReportException(Message.of("report.objective.ambiguous", code,
                    found.stream().map(n -> "#" + n.id().value()).collect(Collectors.joining(", "))));
        }
        return found.getFirst();
    }

    /** The score nodes of the indicators below an objective, with their depth under it. */
    private static List<ScoreNode> below(ScoreNode objective) {
        var out = new ArrayList<ScoreNode>();
        for (var child : objective.children()) {
            if (child.subject() instanceof Subject.Node n && n.node() instanceof Indicator) {
                out.add(child);
            } else {
                out.addAll(below(child));
            }
        }
        return out;
    }

    private static Indicator indicator(ScoreNode node) {
        return (Indicator) ((Subject.Node) node.subject()).node();
    }

    private static String owners(List<ScoreNode> nodes) {
        return nodes.stream().map(n -> indicator(n).definition().owner()).filter(o -> !o.isBlank()).distinct()
                .collect(Collectors.joining("; "));
    }

    private static ReportSection indicators(ReportSource source, List<ScoreNode> nodes, Messages m) {
        var rows = new ArrayList<ReportRow>();
        for (var node : nodes) {
            var indicator = indicator(node);
            var d = indicator.definition();
            var baseline = d.baselines().isEmpty() ? Cell.NOT_AVAILABLE : Cell.of(d.baselines().get(d.baselines().lastKey()));
            rows.add(new ReportRow(RowKind.INDICATOR, 0, List.of(Cell.text(indicator.code()), Cell.text(indicator.title()),
                    Cell.text(d.algorithm()), Cell.text(d.owner()), NodeCells.weight(indicator), baseline,
                    NodeCells.target(indicator, source.plan().year()), Cell.of(source.actuals().get(indicator.id())),
                    NodeCells.achievement(node.score()), NodeCells.status(node.status(), m))));
        }
        var columns = List.of(NodeCells.column("code", m, 10), NodeCells.column("title", m, 50),
                NodeCells.column("algorithm", m, 40), NodeCells.column("owner", m, 24), NodeCells.column("weight", m, 9),
                NodeCells.column("baseline", m, 16), NodeCells.column("target", m, 18), NodeCells.column("actual", m, 18),
                NodeCells.column("achievement", m, 12), NodeCells.column("status", m, 22));
        return new ReportSection("indicatori", m.get("report.section.indicatori"), columns, rows);
    }

    private static ReportSection history(ReportSource source, List<ScoreNode> nodes, Messages m) {
        var rows = new ArrayList<ReportRow>();
        for (var node : nodes) {
            var indicator = indicator(node);
            for (var record : source.historyOf(indicator.id())) {
                if (!(record.target() instanceof ValueTarget.OfIndicator)) {
                    continue;
                }
                rows.add(new ReportRow(RowKind.ENTRY, 0, List.of(Cell.text(indicator.code()),
                        Cell.text(NodeCells.period(record.period())), Cell.of(record.value()),
                        Cell.text(ShownFormat.moment(record.recordedAt())), Cell.text(record.recordedBy()),
                        Cell.text(record.reason()))));
            }
        }
        var columns = List.of(NodeCells.column("code", m, 10), NodeCells.column("period", m, 12),
                NodeCells.column("value", m, 18), NodeCells.column("recordedAt", m, 18),
                NodeCells.column("recordedBy", m, 20), NodeCells.column("reason", m, 60));
        return new ReportSection("storico", m.get("report.section.storico"), columns, rows);
    }

    private static ReportSection comments(ReportSource source, PlanNode objective, List<ScoreNode> nodes, Messages m) {
        var rows = new ArrayList<ReportRow>();
        var commented = new ArrayList<PlanNode>(List.of(objective));
        nodes.forEach(n -> commented.add(indicator(n)));
        for (var node : commented) {
            for (var comment : source.commentsOn(node.id())) {
                rows.add(new ReportRow(RowKind.ENTRY, 0, List.of(Cell.text(node.code()), Cell.text(comment.author()),
                        Cell.text(ShownFormat.moment(comment.createdAt())), Cell.text(comment.text()))));
            }
        }
        var columns = List.of(NodeCells.column("code", m, 10), NodeCells.column("author", m, 20),
                NodeCells.column("writtenAt", m, 18), NodeCells.column("comment", m, 80));
        return new ReportSection("commenti", m.get("report.section.commenti"), columns, rows);
    }
}
