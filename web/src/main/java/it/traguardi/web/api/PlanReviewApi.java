package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.json.CheckJson;
import it.traguardi.exchange.json.ScoreJson;
import it.traguardi.store.PlanResults;
import it.traguardi.store.PlanStore;
import it.traguardi.web.result.ShownPlans;
import it.traguardi.store.Versioned;

/**
 * What the system says about a stored plan: its quality checks (rilievi) and its scores from the
 * stored values and rules, in the shapes the command line writes too ({@link CheckJson},
 * {@link ScoreJson}), with the plan's version.
 */
final class PlanReviewApi {

    private final PlanStore store;
    private final PlanResults results;
    private final ShownPlans shown;

    PlanReviewApi(PlanStore store, PlanResults results, ShownPlans shown) {
        this.store = store;
        this.results = results;
        this.shown = shown;
    }

    void checks(Context ctx) {
        var key = PlanKey.of(ctx);
        var stored = load(ctx, key);
        var plan = stored.plan();
        var version = stored.version();
        var language = ApiTexts.of(ctx);
        var out = header(plan, version);
        out.setAll(CheckJson.document(plan, PlanCheck.check(plan), ApiTexts.of(ctx).messages()));
        ctx.header("ETag", PlanKey.etag(version));
        Json.write(ctx, 200, out);
    }

    void scores(Context ctx) {
        var key = PlanKey.of(ctx);
        var other = PlansApi.otherVersion(ctx, key, shown);
        if (other.isPresent()) {
            // an approved version (asked for, or the one shown outside the entity): no ETag, nothing to edit
            var plan = other.get();
            var result = results.of(plan);
            var out = Json.object().put("entity", plan.entity()).put("year", plan.year());
            out.put(ShownPlans.PARAMETER, PlansApi.shownVersion(ctx));
            out.setAll(ScoreJson.document(plan, result.period(), result.tree(), result.actuals(), ApiTexts.of(ctx).messages()));
            Json.write(ctx, 200, out);
            return;
        }
        var stored = load(ctx, key);
        var plan = stored.plan();
        var version = stored.version();
        var result = results.of(plan);
        var out = header(plan, version);
        out.setAll(ScoreJson.document(plan, result.period(), result.tree(), result.actuals(),
                ApiTexts.of(ctx).messages()));
        ctx.header("ETag", PlanKey.etag(version));
        Json.write(ctx, 200, out);
    }

    /** The plan with its version from one snapshot, so the body and its ETag agree. */
    private Versioned load(Context ctx, PlanKey key) {
        return store.loadVersioned(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
    }

    private static ObjectNode header(Plan plan, int version) {
        return Json.object().put("entity", plan.entity()).put("year", plan.year()).put("version", version);
    }
}
