package it.traguardi.web.plan;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.store.DetachedRecords;
import it.traguardi.store.ScoreStamps;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Resource;
import it.traguardi.web.result.Results;
import it.traguardi.web.result.ShownPlans;
import it.traguardi.web.values.DetachedPages;
import it.traguardi.web.values.EntryPages;
import it.traguardi.web.values.PlanValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Home (the stored plans by entity and year) and the read-only tree of one plan. */
public final class PlanPages {

    private final Results results;
    private final OverallScores overall;
    private final DetachedRecords detached;
    private final Templates templates;
    private final AccessGate gate;
    private final PlanChecks checks = new PlanChecks();
    private final RenderedTrees trees = new RenderedTrees();
    private final ScoreStamps stamps;

    /** {@code stamps} tell when a plan's overall score on the home page must be computed again. */
    public PlanPages(Results results, ScoreStamps stamps, PlanValues values, DetachedRecords detached,
            Templates templates, AccessGate gate) {
        this.gate = gate;
        this.stamps = stamps;
        this.results = results;
        this.overall = new OverallScores(results, stamps, values);
        this.detached = detached;
        this.templates = templates;
    }

    public void home(Context ctx) {
        var m = Language.of(ctx);
        var byEntity = new LinkedHashMap<String, List<HomePage.PlanLink>>();
        var dashboards = new ArrayList<HomePage.Dashboard>();
        // only the plans the person may read: their entities' and the published ones
        var readable = overall.all().stream()
                .filter(p -> gate.allows(ctx, Action.READ, new Resource.Plan(p.entity(), p.year()))).toList();
        readable.forEach(p -> {
            var link = new HomePage.PlanLink(p.year(), PlanAddress.href(p.entity(), p.year()), p.indicators(),
                    p.achievement(), ResultFormat.coverage(p.coverage(), m), p.coverage().provisional());
            // the list is newest year first: the first plan of an entity is the one its dashboard shows
            if (!byEntity.containsKey(p.entity())) {
                dashboards.add(dashboard(p, link, m));
            }
            byEntity.computeIfAbsent(p.entity(), e -> new ArrayList<>()).add(link);
        });
        var entities = byEntity.entrySet().stream().map(e -> new HomePage.Entity(e.getKey(), e.getValue())).toList();
        templates.render(ctx, "plan/home.jte",
                new HomePage(Layout.of(ctx, m, m.get("web.home.title")), entities, dashboards));
    }

    /** How many indicators at risk the dashboard names; the link after them leads to all. */
    static final int AT_RISK_SHOWN = 5;

    private static HomePage.Dashboard dashboard(OverallScores.Overall p, HomePage.PlanLink link, Messages m) {
        var w = p.waiting();
        var waiting = new HomePage.Waiting(w.periodLabel(m), ItalianFormat.formatDate(w.deadline()), w.missing(),
                w.total(), w.href());
        return new HomePage.Dashboard(p.entity(), m.get("web.plan.title", p.entity(), p.year()), link, p.areas(),
                p.atRisk().size(), p.atRisk().stream().limit(AT_RISK_SHOWN).toList(), link.href() + "?aRischio=1",
                waiting, p.changes().stream().map(c -> new HomePage.Change(c.target(), c.href(), c.value(),
                        EntryPages.periodLabel(c.period(), m), c.when(), c.by())).toList());
    }

    /**
     * The plan's tree: rendered once per revision of the plan and per what the request decides
     * ({@link RenderedTrees}); the revision is read first, so a page held is never older than it.
     */
    public void tree(Context ctx) {
        var m = Language.of(ctx);
        var entity = ctx.pathParam("entity");
        var year = PlanAddress.year(ctx);
        var query = ctx.queryString();
        trees.answer(ctx, () -> new RenderedTrees.Key(entity, year, stamps.revision(entity, year)
                .orElseThrow(NotFoundResponse::new), results.shown().insider(ctx, entity, year),
                Layout.signedInAs(ctx), m.locale().toLanguageTag(), ctx.path(), query == null ? "" : query),
                () -> render(ctx, m), templates);
    }

    private byte[] render(Context ctx, Messages m) {
        var result = results.plan(ctx);
        var plan = result.plan();
        var filter = TreeFilter.of(ctx);
        var nodes = new PlanTree(result, filter, m).nodes();
        var layout = Layout.of(ctx, m, m.get("web.plan.title", plan.entity(), plan.year()));
        var quality = QualityReport.of(plan, checks.of(plan), m);
        var root = result.tree().root();
        var headline = new TreePage.Headline(root.score() instanceof Score.Scored ? ResultFormat.achievement(root.score()) : "",
                ResultFormat.coverage(root.coverage(), m), root.coverage().provisional());
        return templates.bytes("plan/tree.jte", new TreePage(layout, plan.year(), PlanAddress.href(plan.entity(), plan.year()),
                headline, filter,
                areas(plan, filter), owners(plan, filter), nodes, PlanTree.countIndicators(nodes),
                (int) plan.indicators().count(), quality,
                "sostituito".equals(ctx.queryParam("esito")) ? m.get("web.plan.replaced") : "",
                DetachedPages.notice(detached, plan.entity(), plan.year(), m),
                ShownPlans.asked(ctx) ? ctx.queryParam(ShownPlans.PARAMETER).strip() : ""));
    }

    private static List<TreePage.AreaOption> owners(Plan plan, TreeFilter filter) {
        return plan.indicators().map(i -> i.definition().owner()).filter(o -> !o.isEmpty()).distinct().sorted()
                .map(o -> new TreePage.AreaOption(o, o, o.equals(filter.owner()))).toList();
    }

    private static List<TreePage.AreaOption> areas(Plan plan, TreeFilter filter) {
        return plan.areas().stream().map(a -> {
            var value = Integer.toString(a.id().value());
            return new TreePage.AreaOption(value, a.label(), value.equals(filter.area()));
        }).toList();
    }

}
