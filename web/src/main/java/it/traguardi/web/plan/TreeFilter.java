package it.traguardi.web.plan;

import io.javalin.http.Context;
import it.traguardi.core.plan.PlanNode;
import java.util.Locale;

/**
 * The search and filters of the plan tree, read from GET parameters so that they work without
 * JavaScript: {@code q} (code or title contains), {@code ambito} (the id of one strategic area) and
 * {@code senzaFormula} (only indicators without a formula).
 */
public record TreeFilter(String query, String area, boolean withoutFormula) {

    public TreeFilter {
        query = query == null ? "" : query.strip();
        area = area == null ? "" : area.strip();
    }

    public static TreeFilter of(Context ctx) {
        return new TreeFilter(ctx.queryParam("q"), ctx.queryParam("ambito"), ctx.queryParam("senzaFormula") != null);
    }

    /** Whether anything narrows the tree (then every branch shown is open). */
    public boolean active() {
        return !query.isEmpty() || !area.isEmpty() || withoutFormula;
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
