package it.traguardi.web.plan;

import static it.traguardi.web.Html.escape;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.store.PlanStore;
import it.traguardi.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Home (the stored plans) and the read-only tree of one plan. */
public final class PlanPages {

    private final PlanStore store;

    public PlanPages(PlanStore store) {
        this.store = store;
    }

    public void home(Context ctx) {
        var m = messages(ctx);
        var body = new StringBuilder("<h1>").append(escape(m.get("web.home.title"))).append("</h1>");
        var plans = store.list();
        if (plans.isEmpty()) {
            body.append("<p>").append(escape(m.get("web.home.empty"))).append("</p>");
        } else {
            body.append("<table><caption>").append(escape(m.get("web.home.caption"))).append("</caption><thead><tr>")
                    .append(th(m.get("web.col.entity"))).append(th(m.get("web.col.year")))
                    .append(th(m.get("web.col.indicators"))).append("</tr></thead><tbody>");
            for (var p : plans) {
                var href = "/piani/" + URLEncoder.encode(p.entity(), StandardCharsets.UTF_8).replace("+", "%20")
                        + "/" + p.year();
                body.append("<tr><td><a href=\"").append(escape(href)).append("\">").append(escape(p.entity()))
                        .append("</a></td><td>").append(p.year()).append("</td><td>").append(p.indicators())
                        .append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        ctx.html(Html.page(m.locale().getLanguage(), m.get("web.home.title"), body.toString()));
    }

    public void tree(Context ctx) {
        var m = messages(ctx);
        int year;
        try {
            year = Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        var plan = store.load(ctx.pathParam("entity"), year).orElseThrow(NotFoundResponse::new);
        var title = m.get("web.plan.title", plan.entity(), plan.year());
        ctx.html(Html.page(m.locale().getLanguage(), title, "<h1>" + escape(title) + "</h1>" + table(plan, m)));
    }

    private static String table(Plan plan, Messages m) {
        var out = new StringBuilder("<table><thead><tr>").append(th(m.get("web.col.node")))
                .append(th(m.get("web.col.weight"))).append(th(m.get("web.col.baseline")))
                .append(th(m.get("web.col.target", plan.year()))).append("</tr></thead><tbody>");
        for (var area : plan.areas()) {
            row(out, "area", area, "", "");
            for (var os : area.objectives()) {
                row(out, "os", os, "", "");
                group(out, m.get("web.group.indicators"), ItalianFormat.format(os.indicatorGroupWeight()));
                os.indicators().forEach(i -> indicator(out, plan, i));
                group(out, m.get("web.group.operational"), ItalianFormat.format(os.operationalGroupWeight()));
                for (var oo : os.operationalObjectives()) {
                    row(out, "oo", oo, "", "");
                    oo.indicators().forEach(i -> indicator(out, plan, i));
                }
            }
        }
        return out.append("</tbody></table>").toString();
    }

    private static void indicator(StringBuilder out, Plan plan, Indicator indicator) {
        var d = indicator.definition();
        var baseline = d.latestKnownBaseline().map(e -> ItalianFormat.format(e.getValue()) + " (" + e.getKey() + ")")
                .orElse(ItalianFormat.NOT_AVAILABLE);
        var target = d.targetFor(plan.year()).map(ItalianFormat::format).orElse(ItalianFormat.NOT_AVAILABLE);
        row(out, "indicator", indicator, baseline, target);
    }

    private static void row(StringBuilder out, String css, PlanNode node, String baseline, String target) {
        out.append("<tr class=\"").append(css).append("\"><td>").append(escape(node.label()))
                .append("</td><td class=\"num\">").append(escape(ItalianFormat.format(node.weight())))
                .append("</td><td class=\"num\">").append(escape(baseline))
                .append("</td><td class=\"num\">").append(escape(target)).append("</td></tr>");
    }

    private static void group(StringBuilder out, String name, String weight) {
        out.append("<tr class=\"group\"><td>").append(escape(name)).append("</td><td class=\"num\">")
                .append(escape(weight)).append("</td><td></td><td></td></tr>");
    }

    private static String th(String text) {
        return "<th scope=\"col\">" + escape(text) + "</th>";
    }

    private static Messages messages(Context ctx) {
        return Messages.forLanguage(ctx.queryParam("lang"));
    }
}
