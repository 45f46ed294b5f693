package it.traguardi.report;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Status;
import it.traguardi.core.score.Subject;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Fact;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Monitoraggio: the plan at a period, every node from the entity down with its weight, and for an
 * indicator its target for the plan year and its actual at the period; every node with its
 * achievement and traffic light (the roll-up), and on every deviation (a node partly or not
 * achieved) what its owners wrote: the reason given with the value of the period, and the comments.
 */
public final class MonitoraggioReport {

    private MonitoraggioReport() {
    }

    public static Report of(ReportSource source, Messages m) {
        var plan = source.plan();
        var rows = new ArrayList<ReportRow>();
        walk(source, source.tree().root(), 0, m, rows);
        var columns = List.of(NodeCells.column("kind", m, 12), NodeCells.column("code", m, 10),
                NodeCells.column("title", m, 40), NodeCells.column("weight", m, 9), NodeCells.column("target", m, 18),
                NodeCells.column("actual", m, 18), NodeCells.column("achievement", m, 12),
                NodeCells.column("status", m, 22), NodeCells.column("comment", m, 60));
        var section = new ReportSection("monitoraggio", m.get("report.section.monitoraggio"), columns, rows);
        var period = NodeCells.period(source.period());
        return new Report(ReportKind.MONITORAGGIO, plan.entity(), plan.year(), source.period().format(),
                m.get("report.title.monitoraggio", plan.entity(), plan.year(), period),
                m.get("report.description.monitoraggio", plan.entity(), plan.year(), period), m.locale().getLanguage(),
                overall(source.tree().root(), m), List.of(section), List.of());
    }

    /** The overall score, what it stands on and whether it is provisional. */
    static List<Fact> overall(ScoreNode root, Messages m) {
        return List.of(new Fact("overall", m.get("report.fact.overall"), NodeCells.achievement(root.score())),
                new Fact("status", m.get("report.fact.status"), NodeCells.status(root.status(), m)),
                new Fact("coverage", m.get("report.fact.coverage"), NodeCells.coverage(root, m)),
                new Fact("provisional", m.get("report.fact.provisional"),
                        Cell.text(m.get(root.coverage().provisional() ? "report.yes" : "report.no"))));
    }

    private static void walk(ReportSource source, ScoreNode node, int level, Messages m, List<ReportRow> rows) {
        var kind = NodeCells.kind(node);
        var cells = new ArrayList<Cell>(List.of(NodeCells.kindName(kind, m)));
        switch (node.subject()) {
            case Subject.Entity e -> cells.addAll(List.of(Cell.BLANK, Cell.text(e.name()), Cell.BLANK));
            case Subject.Node n -> cells.addAll(List.of(Cell.text(n.node().code()), Cell.text(n.node().title()),
                    NodeCells.weight(n.node())));
        }
        if (node.subject() instanceof Subject.Node n && n.node() instanceof Indicator indicator) {
            cells.add(NodeCells.target(indicator, source.plan().year()));
            cells.add(Cell.of(source.actuals().get(indicator.id())));
        } else {
            cells.addAll(List.of(Cell.BLANK, Cell.BLANK));
        }
        cells.add(NodeCells.achievement(node.score()));
        cells.add(NodeCells.status(node.status(), m));
        cells.add(deviation(node.status()) ? Cell.text(comment(source, node)) : Cell.BLANK);
        rows.add(new ReportRow(kind, level, cells));
        node.children().forEach(child -> walk(source, child, level + 1, m, rows));
    }

    static boolean deviation(Status status) {
        return status == Status.PARTLY_ACHIEVED || status == Status.NOT_ACHIEVED;
    }

    /** The reason given with the value of the period, then each comment with its author and day. */
    static String comment(ReportSource source, ScoreNode node) {
        if (!(node.subject() instanceof Subject.Node n)) {
            return "";
        }
        var parts = new ArrayList<String>();
        reason(source, n.node().id()).ifPresent(parts::add);
        source.commentsOn(n.node().id()).forEach(c -> parts.add(written(c)));
        return String.join(" · ", parts);
    }

    private static Optional<String> reason(ReportSource source, NodeId id) {
        var ofPeriod = source.historyOf(id).stream().filter(r -> r.period().equals(source.period())).toList();
        return ValueRecord.latest(ofPeriod).map(ValueRecord::reason).filter(r -> !r.isBlank());
    }

    static String written(Comment c) {
        return c.text() + " (" + c.author() + ", " + ShownFormat.day(c.createdAt()) + ")";
    }
}
