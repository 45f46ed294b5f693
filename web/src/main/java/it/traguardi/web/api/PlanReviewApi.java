package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.PlanResults;
import it.traguardi.store.PlanStore;
import it.traguardi.store.Versioned;

/**
 * What the system says about a stored plan: its quality checks (rilievi) and its scores from the
 * stored values and rules.
 */
final class PlanReviewApi {

    private final PlanStore store;
    private final PlanResults results;

    PlanReviewApi(PlanStore store, PlanResults results) {
        this.store = store;
        this.results = results;
    }

    void checks(Context ctx) {
        var key = PlanKey.of(ctx);
        var stored = load(ctx, key);
        var plan = stored.plan();
        var version = stored.version();
        var language = Language.of(ctx);
        var out = header(plan, version);
        var findings = out.putArray("findings");
        for (var finding : PlanCheck.check(plan)) {
            var node = findings.addObject().put("kind", finding.kind().name())
                    .put("severity", finding.severity().name())
                    .put("title", language.messages().get(finding.kind().titleKey()));
            var nodes = node.putArray("nodes");
            finding.nodes().forEach(id -> nodes.add(id.value()));
            node.put("message", language.messages().render(finding.message()));
        }
        ctx.header("ETag", PlanKey.etag(version));
        Json.write(ctx, 200, out);
    }

    void scores(Context ctx) {
        var key = PlanKey.of(ctx);
        var stored = load(ctx, key);
        var plan = stored.plan();
        var version = stored.version();
        var tree = results.of(plan).tree();
        var out = header(plan, version);
        out.set("root", ScoreJson.node(tree.root(), Language.of(ctx)));
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
