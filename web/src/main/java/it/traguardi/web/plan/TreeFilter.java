package it.traguardi.web.plan;

import io.javalin.http.Context;
import it.traguardi.core.plan.PlanNode;
import java.util.Locale;

/**
 * The search and filters of the plan tree, read from GET parameters so that they work without
 * JavaScript: {@code q} (code or title contains), {@code ambito} (the id of one strategic area),
 * {@code senzaFormula} (only indicators without a formula), {@code responsabile} (the indicator's
 * owner) and {@code aRischio} (only indicators not achieved or partly achieved).
 */
public record TreeFilter(String query, String area, boolean withoutFormula, String owner, boolean atRisk) {

    public TreeFilter {
        query = query == null ? "" : query.strip();
        area = area == null ? "" : area.strip();
        owner = owner == null ? "" : owner.strip();
    }

    public static TreeFilter of(Context ctx) {
        return new TreeFilter(ctx.queryParam("q"), ctx.queryParam("ambito"), ctx.queryParam("senzaFormula") != null,
                ctx.queryParam("responsabile"), ctx.queryParam("aRischio") != null);
    }

    /** Whether anything narrows the tree (then every branch shown is open). */
    public boolean active() {
        return !query.isEmpty() || !area.isEmpty() || withoutFormula || !owner.isEmpty() || atRisk;
    }

    boolean keepsOwner(String indicatorOwner) {
        return owner.isEmpty() || owner.equals(indicatorOwner);
    }

    boolean keepsArea(PlanNode area) {
        return this.area.isEmpty() || this.area.equals(Integer.toString(area.id().value()));
    }

    /** Whether the node's code or title contains the query, ignoring case. */
    boolean matches(PlanNode node) {
        if (query.isEmpty()) {
            return true;
        }
        var needle = query.toLowerCase(Locale.ITALIAN);
        return node.code().toLowerCase(Locale.ITALIAN).contains(needle)
                || node.title().toLowerCase(Locale.ITALIAN).contains(needle);
    }
}
