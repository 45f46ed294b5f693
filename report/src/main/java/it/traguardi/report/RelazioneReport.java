package it.traguardi.report;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Status;
import it.traguardi.core.score.Subject;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Chart;
import it.traguardi.report.model.Fact;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.ReportSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Relazione sulla performance: the entity's overall score and what it stands on ("7 indicatori
 * misurati su 94, 4,52% del peso"), how many indicators are achieved, partly achieved, not achieved
 * and N/D (by the plan's traffic lights; monitoring-only indicators are not counted), the score of
 * each area, and per strategic and operational objective its indicators with algorithm, weight,
 * target, actual and achievement; two charts, scores by area and by strategic objective.
 */
public final class RelazioneReport {

    private RelazioneReport() {
    }

    public static Report of(ReportSource source, Messages m) {
        var plan = source.plan();
        var root = source.tree().root();
        var facts = new ArrayList<>(MonitoraggioReport.overall(root, m));
        facts.addAll(counts(source, m));
        var period = NodeCells.period(source.period());
        return new Report(ReportKind.RELAZIONE, plan.entity(), plan.year(), source.period().format(),
                m.get("report.title.relazione", plan.entity(), plan.year(), period),
                m.get("report.description.relazione", plan.entity(), plan.year(), period), m.locale().getLanguage(),
                facts, List.of(areas(root, m), objectives(source, m)), charts(source, m));
    }

    /** The indicators that count, by their traffic light. */
    private static List<Fact> counts(ReportSource source, Messages m) {
        var by = new EnumMap<Status, Long>(Status.class);
        source.tree().nodes().stream()
                .filter(n -> n.subject() instanceof Subject.Node s && s.node() instanceof Indicator)
                .filter(n -> n.status() != Status.MONITORING_ONLY)
                .forEach(n -> by.merge(n.status(), 1L, Long::sum));
        return List.of(count("achieved", by.get(Status.ACHIEVED), m), count("partly", by.get(Status.PARTLY_ACHIEVED), m),
                count("notAchieved", by.get(Status.NOT_ACHIEVED), m), count("notAvailable", by.get(Status.NOT_AVAILABLE), m));
    }

    private static Fact count(String key, Long count, Messages m) {
        return new Fact(key, m.get("report.fact." + key), new Cell.Count(count == null ? 0 : count));
    }

    private static ReportSection areas(ScoreNode root, Messages m) {
        var rows = new ArrayList<ReportRow>();
        rows.add(scoreRow(root, 0, m));
        root.children().forEach(area -> rows.add(scoreRow(area, 1, m)));
        var columns = List.of(NodeCells.column("kind", m, 12), NodeCells.column("code", m, 10),
                NodeCells.column("title", m, 40), NodeCells.column("weight", m, 9),
                NodeCells.column("achievement", m, 12), NodeCells.column("status", m, 22),
                NodeCells.column("coverage", m, 40));
        return new ReportSection("ambiti", m.get("report.section.ambiti"), columns, rows);
    }

    private static ReportRow scoreRow(ScoreNode node, int level, Messages m) {
        var kind = NodeCells.kind(node);
        var cells = new ArrayList<Cell>(List.of(NodeCells.kindName(kind, m)));
        switch (node.subject()) {
            case Subject.Entity e -> cells.addAll(List.of(Cell.BLANK, Cell.text(e.name()), Cell.BLANK));
            case Subject.Node n -> cells.addAll(List.of(Cell.text(n.node().code()), Cell.text(n.node().title()),
                    NodeCells.weight(n.node())));
        }
        cells.addAll(List.of(NodeCells.achievement(node.score()), NodeCells.status(node.status(), m),
                NodeCells.coverage(node, m)));
        return new ReportRow(kind, level, cells);
    }

    /** Per strategic objective, then its operational objectives: each with its indicators. */
    private static ReportSection objectives(ReportSource source, Messages m) {
        var rows = new ArrayList<ReportRow>();
        for (var area : source.tree().root().children()) {
            for (var os : area.children()) {
                objectiveRows(source, os, 0, m, rows);
            }
        }
        var columns = List.of(NodeCells.column("kind", m, 12), NodeCells.column("code", m, 10),
                NodeCells.column("title", m, 40), NodeCells.column("algorithm", m, 40), NodeCells.column("weight", m, 9),
                NodeCells.column("target", m, 18), NodeCells.column("actual", m, 18),
                NodeCells.column("achievement", m, 12), NodeCells.column("status", m, 22));
        return new ReportSection("obiettivi", m.get("report.section.obiettivi"), columns, rows);
    }

    private static void objectiveRows(ReportSource source, ScoreNode node, int level, Messages m, List<ReportRow> rows) {
        if (!(node.subject() instanceof Subject.Node n)) {
            return;
        }
        var kind = NodeCells.kind(n.node());
        var cells = new ArrayList<>(List.of(NodeCells.kindName(kind, m), Cell.text(n.node().code()),
                Cell.text(n.node().title())));
        if (n.node() instanceof Indicator indicator) {
            cells.addAll(List.of(Cell.text(indicator.definition().algorithm()), NodeCells.weight(indicator),
                    NodeCells.target(indicator, source.plan().year()), Cell.of(source.actuals().get(indicator.id()))));
        } else {
            cells.addAll(List.of(Cell.BLANK, NodeCells.weight(n.node()), Cell.BLANK, Cell.BLANK));
        }
        cells.addAll(List.of(NodeCells.achievement(node.score()), NodeCells.status(node.status(), m)));
        rows.add(new ReportRow(kind, level, cells));
        node.children().forEach(child -> objectiveRows(source, child, level + 1, m, rows));
    }

    private static List<Chart> charts(ReportSource source, Messages m) {
        var root = source.tree().root();
        var byArea = root.children().stream().map(a -> bar(a)).toList();
        var byObjective = source.tree().nodes().stream()
                .filter(n -> n.subject() instanceof Subject.Node s && s.node().kind() == NodeKind.STRATEGIC_OBJECTIVE)
                .map(RelazioneReport::bar).toList();
        return List.of(
                new Chart("chart-areas", m.get("report.chart.areas"), description(byArea, m), byArea),
                new Chart("chart-objectives", m.get("report.chart.objectives"), description(byObjective, m), byObjective));
    }

    private static Chart.Bar bar(ScoreNode node) {
        var label = node.subject() instanceof Subject.Node n ? n.node().label() : "";
        return new Chart.Bar(label, NodeCells.achievement(node.score()));
    }

    /** The text alternative: every bar in words, so the chart says all it shows without being seen. */
    private static String description(List<Chart.Bar> bars, Messages m) {
        var parts = bars.stream().map(b -> b.label() + ": " + b.value().shown()).toList();
        return m.get("report.chart.description", bars.size(), String.join("; ", parts));
    }
}
