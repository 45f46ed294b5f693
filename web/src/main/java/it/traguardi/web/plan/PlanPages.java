package it.traguardi.web.plan;

import io.javalin.http.Context;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.Score;
import it.traguardi.store.DetachedRecords;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PlanSummary;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Pages;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.result.Results;
import it.traguardi.web.result.Shown;
import it.traguardi.web.values.DetachedPages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/** Home (the stored plans by entity and year) and the read-only tree of one plan. */
public final class PlanPages {

    private final Results results;
    private final PlanStore store;
    private final DetachedRecords detached;
    private final Pages pages;
    private final PlanChecks checks = new PlanChecks();

    public PlanPages(Results results, DetachedRecords detached, Pages pages) {
        this.results = results;
        this.store = results.plans();
        this.detached = detached;
        this.pages = pages;
    }

    public void home(Context ctx) {
        var m = Language.of(ctx);
        var byEntity = new LinkedHashMap<String, List<HomePage.PlanLink>>();
        store.list().stream()
                .sorted(Comparator.comparing(PlanSummary::entity).thenComparing(PlanSummary::year, Comparator.reverseOrder()))
                .forEach(p -> byEntity.computeIfAbsent(p.entity(), e -> new ArrayList<>())
                        .add(new HomePage.PlanLink(p.year(), PlanAddress.href(p.entity(), p.year()), p.indicators(), overall(p))));
        var entities = byEntity.entrySet().stream().map(e -> new HomePage.Entity(e.getKey(), e.getValue())).toList();
        pages.render(ctx, "plan/home.jte", new HomePage(Layout.of(ctx, m, m.get("web.home.title")), entities));
    }

    /** The plan's overall achievement (the root score), empty when it is N/D. */
    private String overall(PlanSummary summary) {
        return store.load(summary.entity(), summary.year()).map(results::of)
                .filter(r -> r.tree().root().score() instanceof Score.Scored)
                .map(r -> Shown.achievement(r.tree().root().score())).orElse("");
    }

    public void tree(Context ctx) {
        var m = Language.of(ctx);
        var result = results.plan(ctx);
        var plan = result.plan();
        var filter = TreeFilter.of(ctx);
        var nodes = new PlanTree(result, filter, m).nodes();
        var layout = Layout.of(ctx, m, m.get("web.plan.title", plan.entity(), plan.year()));
        var quality = QualityReport.of(checks.of(plan), m);
        pages.render(ctx, "plan/tree.jte", new TreePage(layout, plan.year(), PlanAddress.href(plan.entity(), plan.year()), filter,
                areas(plan, filter), owners(plan, filter), nodes, PlanTree.countIndicators(nodes),
                (int) plan.indicators().count(), quality,
                "sostituito".equals(ctx.queryParam("esito")) ? m.get("web.plan.replaced") : "",
                DetachedPages.notice(detached, plan.entity(), plan.year(), m)));
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
