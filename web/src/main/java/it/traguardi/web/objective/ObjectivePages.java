package it.traguardi.web.objective;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeKind;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.ValidationStore;
import it.traguardi.web.values.EntryPages;
import it.traguardi.web.Language;
import it.traguardi.web.audit.AuditPages;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.chart.BarChart;
import it.traguardi.web.report.ReportPages;
import it.traguardi.web.result.ExplanationView;
import it.traguardi.web.result.Light;
import it.traguardi.web.result.ScoredNode;
import it.traguardi.web.result.Results;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** The objective page (OS, OO) and the strategic area page: score, explanation, contributions chart. */
public final class ObjectivePages {

    private static final BigDecimal FULL = new BigDecimal("100");

    private final Results results;
    private final ValidationStore validations;
    private final Templates templates;

    public ObjectivePages(Results results, ValidationStore validations, Templates templates) {
        this.results = results;
        this.validations = validations;
        this.templates = templates;
    }

    public void objective(Context ctx) {
        render(ctx, Set.of(NodeKind.STRATEGIC_OBJECTIVE, NodeKind.OPERATIONAL_OBJECTIVE));
    }

    public void area(Context ctx) {
        render(ctx, Set.of(NodeKind.AREA));
    }

    private void render(Context ctx, Set<NodeKind> kinds) {
        var located = results.node(ctx);
        if (!kinds.contains(located.node().kind())) {
            throw new NotFoundResponse();
        }
        var m = Language.of(ctx);
        var plan = located.result().plan();
        var node = located.node();
        var score = located.score();
        var kind = m.get("web.objective.kind." + node.kind().name().toLowerCase(Locale.ROOT));
        var layout = Layout.of(ctx, m, kind + " " + node.label());
        var explanation = ExplanationView.of(score.explanation(), m,
                child -> href(located, child.id()));
        var reason = score.score() instanceof Score.NotAvailable n ? m.render(n.reason()) : "";
        var bars = explanation.topRows().stream()
                .map(r -> new BarChart.Bar(r.label(), r.contribution(), r.contributionShown())).toList();
        var chart = bars.isEmpty() ? "" : BarChart.svg("chart-contributions",
                m.get("web.objective.chart.title", node.label()), m.get("web.objective.chart.desc"), bars, FULL);
        templates.render(ctx, "objective/objective.jte", new ObjectivePage(layout,
                m.get("web.plan.title", plan.entity(), plan.year()), PlanAddress.href(plan.entity(), plan.year()), kind,
                ItalianFormat.format(node.weight()), ResultFormat.achievement(score.score()), Light.of(score.status(), m),
                reason, ResultFormat.coverage(score.coverage(), m), score.coverage().provisional(), explanation, chart,
                AuditPages.href(plan.entity(), plan.year(), node.id()),
                validations.remarks(plan.entity(), plan.year(), node.id()).stream().map(r -> new ObjectivePage.Remark(
                        EntryPages.periodLabel(r.period(), m), r.text(), r.author(), ShownFormat.moment(r.createdAt())))
                        .toList(), node.kind() == NodeKind.AREA ? "" : ReportPages.schedaHref(plan.entity(), plan.year(), node)));
    }

    private static String href(ScoredNode located, NodeId id) {
        var plan = located.result().plan();
        return plan.node(id)
                .map(n -> Results.nodeHref(plan.entity(), plan.year(), n)).orElse("");
    }
}
