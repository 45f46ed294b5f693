package it.traguardi.web.plan;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PlanSummary;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Pages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/** Home (the stored plans by entity and year) and the read-only tree of one plan. */
public final class PlanPages {

    private final PlanStore store;
    private final Pages pages;

    public PlanPages(PlanStore store, Pages pages) {
        this.store = store;
        this.pages = pages;
    }

    public void home(Context ctx) {
        var m = Language.of(ctx);
        var byEntity = new LinkedHashMap<String, List<HomePage.PlanLink>>();
        store.list().stream()
                .sorted(Comparator.comparing(PlanSummary::entity).thenComparing(PlanSummary::year, Comparator.reverseOrder()))
                .forEach(p -> byEntity.computeIfAbsent(p.entity(), e -> new ArrayList<>())
                        .add(new HomePage.PlanLink(p.year(), href(p.entity(), p.year()), p.indicators(), "")));
        var entities = byEntity.entrySet().stream().map(e -> new HomePage.Entity(e.getKey(), e.getValue())).toList();
        pages.render(ctx, "plan/home.jte", new HomePage(Layout.of(ctx, m, m.get("web.home.title")), entities));
    }

    public void tree(Context ctx) {
        var m = Language.of(ctx);
        var plan = store.load(ctx.pathParam("entity"), year(ctx)).orElseThrow(NotFoundResponse::new);
        var filter = TreeFilter.of(ctx);
        var nodes = new PlanTree(plan, filter, m).nodes();
        var layout = Layout.of(ctx, m, m.get("web.plan.title", plan.entity(), plan.year()));
        var quality = QualityReport.of(PlanCheck.check(plan), m);
        pages.render(ctx, "plan/tree.jte", new TreePage(layout, plan.year(), href(plan.entity(), plan.year()), filter,
                areas(plan, filter), nodes, PlanTree.countIndicators(nodes), (int) plan.indicators().count(), quality));
    }

    private static int year(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    private static List<TreePage.AreaOption> areas(Plan plan, TreeFilter filter) {
        return plan.areas().stream().map(a -> {
            var value = Integer.toString(a.id().value());
            return new TreePage.AreaOption(value, a.label(), value.equals(filter.area()));
        }).toList();
    }

    /** The address of a plan's tree; entity names may hold spaces and other reserved characters. */
    public static String href(String entity, int year) {
        return "/piani/" + URLEncoder.encode(entity, StandardCharsets.UTF_8).replace("+", "%20") + "/" + year;
    }
}
