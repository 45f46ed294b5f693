package it.traguardi.report;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoreNode;
import it.traguardi.core.score.Status;
import it.traguardi.core.score.Subject;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Target;
import it.traguardi.report.model.Cell;
import it.traguardi.report.model.Column;
import it.traguardi.report.model.RowKind;
import java.util.Locale;

/** The cells every report writes alike: kinds of rows, weights, targets, achievements and lights. */
final class NodeCells {

    private NodeCells() {
    }

    static RowKind kind(PlanNode node) {
        return switch (node.kind()) {
            case AREA -> RowKind.AREA;
            case STRATEGIC_OBJECTIVE -> RowKind.STRATEGIC_OBJECTIVE;
            case OPERATIONAL_OBJECTIVE -> RowKind.OPERATIONAL_OBJECTIVE;
            case INDICATOR -> RowKind.INDICATOR;
        };
    }

    static RowKind kind(ScoreNode node) {
        return switch (node.subject()) {
            case Subject.Entity e -> RowKind.ENTITY;
            case Subject.Node n -> kind(n.node());
        };
    }

    /** The name of a row's kind for people ({@code Ambito}, {@code Indicatore}). */
    static Cell kindName(RowKind kind, Messages m) {
        return Cell.text(m.get("report.kind." + kind.name().toLowerCase(Locale.ROOT)));
    }

    static Cell weight(PlanNode node) {
        return Cell.percent(node.weight().percent());
    }

    /** An achievement in percent, or N/D. */
    static Cell achievement(Score score) {
        return switch (score) {
            case Score.Scored s -> Cell.percent(s.achievement().percent());
            case Score.NotAvailable n -> Cell.NOT_AVAILABLE;
        };
    }

    /** The traffic light in words (a light must read without colour). */
    static Cell status(Status status, Messages m) {
        return Cell.text(m.get(switch (status) {
            case ACHIEVED -> "report.status.achieved";
            case PARTLY_ACHIEVED -> "report.status.partly";
            case NOT_ACHIEVED -> "report.status.not-achieved";
            case NOT_AVAILABLE -> "report.status.not-available";
            case MONITORING_ONLY -> "report.status.monitoring";
        }));
    }

    /** A target for the plan year as people read it ({@code ≥ 1.000 N.}), or N/D. */
    static Cell target(Indicator indicator, int year) {
        var target = indicator.definition().targetFor(year).orElse(Target.MISSING);
        return target instanceof Target.Missing ? Cell.NOT_AVAILABLE : Cell.text(ShownFormat.of(target));
    }

    /** The coverage of a score in words: "7 indicatori misurati su 94, 4,52% del peso". */
    static Cell coverage(ScoreNode node, Messages m) {
        return Cell.text(ResultFormat.coverage(node.coverage(), m));
    }

    /** The period as people read it: the year, or the day ({@code 30-06-2022}). */
    static String period(Period period) {
        return switch (period) {
            case Period.Year y -> Integer.toString(y.year());
            case Period.Day d -> ItalianFormat.formatDate(d.date());
        };
    }

    static Column column(String key, Messages m, int width) {
        return new Column(key, m.get("report.column." + key), width);
    }
}
