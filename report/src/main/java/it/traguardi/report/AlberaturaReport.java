package it.traguardi.report;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.value.Weight;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Column;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.model.ReportRow;
import it.traguardi.report.model.RowKind;
import it.traguardi.report.model.ReportSection;
import java.util.ArrayList;
import java.util.List;

/**
 * Alberatura della pianificazione: the plan tree as the seed's report lays it out, row for row (an
 * area, its strategic objectives, each with the weighted group of its indicators and the group of
 * its operational objectives), with weight, algorithm, a baseline per baseline year of the plan and
 * the target of each target year as the plan wrote it. No values and no scores: it is the plan.
 */
public final class AlberaturaReport {

    private final Plan plan;
    private final Messages m;
    private final List<ReportRow> rows = new ArrayList<>();

    private AlberaturaReport(Plan plan, Messages m) {
        this.plan = plan;
        this.m = m;
    }

    public static Report of(ReportSource source, Messages m) {
        var plan = source.plan();
        var builder = new AlberaturaReport(plan, m);
        builder.walk();
        var section = new ReportSection("alberatura", m.get("report.section.alberatura"), builder.columns(), builder.rows);
        return new Report(ReportKind.ALBERATURA, plan.entity(), plan.year(), source.period().format(),
                m.get("report.title.alberatura", plan.entity(), plan.year()),
                m.get("report.description.alberatura", plan.entity(), plan.year()), m.locale().getLanguage(),
                List.of(), List.of(section), List.of());
    }

    private List<Column> columns() {
        var out = new ArrayList<>(List.of(NodeCells.column("kind", m, 12), NodeCells.column("code", m, 10),
                NodeCells.column("title", m, 40), NodeCells.column("weight", m, 9), NodeCells.column("algorithm", m, 40)));
        plan.baselineYears().forEach(y -> out.add(new Column("baseline" + y, m.get("report.column.baseline-year", y), 13)));
        plan.targetYears().forEach(y -> out.add(new Column("target" + y, m.get("report.column.target-year", y), 13)));
        return out;
    }

    private void walk() {
        for (var area : plan.areas()) {
            node(area, 0);
            for (var os : area.objectives()) {
                node(os, 1);
                group(os.indicatorGroupWeight(), "report.group.indicators");
                os.indicators().forEach(i -> node(i, 3));
                group(os.operationalGroupWeight(), "report.group.operational");
                for (var oo : os.operationalObjectives()) {
                    node(oo, 3);
                    oo.indicators().forEach(i -> node(i, 4));
                }
            }
        }
    }

    private void node(PlanNode node, int level) {
        var cells = new ArrayList<>(List.of(NodeCells.kindName(NodeCells.kind(node), m), Cell.text(node.code()),
                Cell.text(node.title()), NodeCells.weight(node)));
        if (node instanceof Indicator indicator) {
            var d = indicator.definition();
            cells.add(Cell.text(d.algorithm()));
            plan.baselineYears().forEach(y -> cells.add(d.baselines().containsKey(y) ? Cell.of(d.baselines().get(y)) : Cell.BLANK));
            var written = d.targetWritings();
            plan.targetYears().forEach(y -> cells.add(Cell.text(written.getOrDefault(y, ""))));
        } else {
            blanks(cells);
        }
        rows.add(new ReportRow(NodeCells.kind(node), level, cells));
    }

    private void group(Weight weight, String key) {
        var cells = new ArrayList<>(List.of(NodeCells.kindName(RowKind.GROUP, m), Cell.BLANK, Cell.text(m.get(key)),
                Cell.percent(weight.percent())));
        blanks(cells);
        rows.add(new ReportRow(RowKind.GROUP, 2, cells));
    }

    private void blanks(List<Cell> cells) {
        cells.add(Cell.BLANK);
        plan.baselineYears().forEach(y -> cells.add(Cell.BLANK));
        plan.targetYears().forEach(y -> cells.add(Cell.BLANK));
    }
}
