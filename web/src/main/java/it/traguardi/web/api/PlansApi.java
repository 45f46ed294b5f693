package it.traguardi.web.api;

import it.traguardi.store.Actor;
import it.traguardi.web.access.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.javalin.http.Context;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.json.PlanJson;
import it.traguardi.store.PlanChangedException;
import it.traguardi.store.PlanExistsException;
import it.traguardi.store.PlanStore;
import it.traguardi.web.result.ShownPlans;
import it.traguardi.store.Replacement;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Resource;
import java.util.Optional;

/**
 * The plans as resources: list, read (with its version as ETag), upload (create or replace,
 * honouring {@code If-Match}), preview an upload, delete (honouring {@code If-Match}). An upload
 * over a stored plan is a new reading of it: the preview and the upload report how its nodes
 * matched the stored ones ({@link ReplacementJson}).
 */
final class PlansApi {

    private final PlanStore store;
    private final AccessGate gate;
    private final ShownPlans shown;

    PlansApi(PlanStore store, AccessGate gate, ShownPlans shown) {
        this.store = store;
        this.gate = gate;
        this.shown = shown;
    }

    void list(Context ctx) {
        var out = Json.object();
        var plans = out.putArray("plans");
        // only the plans the requester may read: their entities' and the published ones
        for (var p : store.list()) {
            if (!gate.allows(ctx, Action.READ, new Resource.Plan(p.entity(), p.year()))) {
                continue;
            }
            plans.addObject().put("entity", p.entity()).put("year", p.year()).put("version", p.version())
                    .put("areas", p.areas()).put("strategicObjectives", p.strategicObjectives())
                    .put("operationalObjectives", p.operationalObjectives()).put("indicators", p.indicators())
                    .put("createdAt", p.createdAt().toString()).put("href", href(p.entity(), p.year()));
        }
        Json.write(ctx, 200, out);
    }

    void plan(Context ctx) {
        var key = PlanKey.of(ctx);
        var other = otherVersion(ctx, key, shown);
        if (other.isPresent()) {
            // an approved version (asked for, or the one shown outside the entity): no ETag, nothing to edit
            Json.write(ctx, 200, PlanJson.tree(other.get()).put(ShownPlans.PARAMETER, shownVersion(ctx)));
            return;
        }
        // body and ETag from one snapshot: an If-Match with this ETag replaces exactly this body
        var stored = store.loadVersioned(key.entity(), key.year()).orElseThrow(() -> notFound(ctx, key));
        var body = PlanJson.tree(stored.plan()).put("version", stored.version());
        ctx.header("ETag", PlanKey.etag(stored.version()));
        Json.write(ctx, 200, body);
    }

    void preview(Context ctx) {
        var read = PlanUpload.read(ctx);
        var plan = read.plan();
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(plan.entity(), plan.year()));
        var language = ApiTexts.of(ctx);
        var out = PlanUpload.summary(read, language);
        // the matching and the version it was made against come from one snapshot: an upload with
        // If-Match on storedVersion replaces exactly the plan this preview compared with
        var replacement = store.preview(plan);
        if (replacement.isPresent()) {
            out.put("storedVersion", replacement.get().storedVersion());
            out.set("replacement", ReplacementJson.of(replacement.get(), language));
        } else {
            out.putNull("storedVersion");
            out.putNull("replacement");
        }
        Json.write(ctx, 200, out);
    }

    void upload(Context ctx) {
        var replace = replace(ctx);
        var ifMatch = PlanKey.ifMatch(ctx);
        var read = PlanUpload.read(ctx);
        var plan = read.plan();
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(plan.entity(), plan.year()));
        var key = new PlanKey(plan.entity(), plan.year());
        Optional<Replacement> replacement;
        try {
            replacement = save(plan, replace, ifMatch, Actors.of(ctx));
        } catch (PlanExistsException e) {
            var current = store.version(key.entity(), key.year()).orElse(0);
            var extra = Json.object().put("currentVersion", current);
            throw new ProblemException(new ProblemDetail(409, "plan-exists",
                    ApiTexts.of(ctx).text("detail.plan-exists", key.entity(), key.year(), current), extra));
        } catch (PlanChangedException e) {
            throw changed(ctx, e);
        }
        var version = store.version(key.entity(), key.year()).orElseThrow();
        var language = ApiTexts.of(ctx);
        var out = PlanUpload.summary(read, language).put("version", version)
                .put("href", href(key.entity(), key.year()));
        out.set("replacement", replacement.<JsonNode>map(r -> ReplacementJson.of(r, language)).orElse(NullNode.instance));
        ctx.header("Location", href(key.entity(), key.year())).header("ETag", PlanKey.etag(version));
        Json.write(ctx, 201, out);
    }

    /** {@code If-Match} matters only when replacing: without replace nothing is ever overwritten. */
    private Optional<Replacement> save(Plan plan, boolean replace, Optional<PlanKey.IfMatch> ifMatch, Actor actor) {
        if (!replace || ifMatch.isEmpty()) {
            return store.save(plan, replace, actor);
        }
        var expected = switch (ifMatch.get()) {
            case PlanKey.IfMatch.Version v -> v.version();
            case PlanKey.IfMatch.Any any -> store.version(plan.entity(), plan.year()).orElseThrow(
                    () -> new PlanChangedException(plan.entity(), plan.year(), 0, Optional.empty()));
        };
        return Optional.of(store.replaceReading(plan, expected, actor));
    }

    void delete(Context ctx) {
        var key = PlanKey.of(ctx);
        var ifMatch = PlanKey.ifMatch(ctx);
        boolean deleted;
        try {
            deleted = switch (ifMatch.orElse(new PlanKey.IfMatch.Any())) {
                case PlanKey.IfMatch.Version v -> store.delete(key.entity(), key.year(), v.version(), Actors.of(ctx));
                case PlanKey.IfMatch.Any any -> store.delete(key.entity(), key.year(), Actors.of(ctx));
            };
        } catch (PlanChangedException e) {
            throw changed(ctx, e);
        }
        if (!deleted) {
            throw notFound(ctx, key);
        }
        ctx.status(204);
    }

    private static boolean replace(Context ctx) {
        var text = ctx.queryParam("replace");
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text("detail.bad-replace", text)));
    }

    static ProblemException notFound(Context ctx, PlanKey key) {
        return new ProblemException(new ProblemDetail(404, "not-found",
                ApiTexts.of(ctx).text("detail.plan-not-found", key.entity(), key.year())));
    }

    static ProblemException changed(Context ctx, PlanChangedException e) {
        var language = ApiTexts.of(ctx);
        var extra = Json.object().put("expectedVersion", e.expected());
        String detail;
        if (e.current().isPresent()) {
            extra.put("currentVersion", e.current().get());
            detail = language.text("detail.plan-changed", e.entity(), e.year(), e.expected(), e.current().get());
        } else {
            extra.putNull("currentVersion");
            detail = language.text("detail.plan-deleted", e.entity(), e.year(), e.expected());
        }
        return new ProblemException(new ProblemDetail(412, "plan-changed", detail, extra));
    }

    /**
     * The plan in another version than the current one with its ETag: the version the request asks
     * for ({@code ?versione=}), or, to someone outside the entity, the latest approved one. Empty
     * when the current plan is the one to answer with; 404 when the version asked for does not exist.
     */
    static Optional<Plan> otherVersion(Context ctx, PlanKey key, ShownPlans shown) {
        if (!ShownPlans.asked(ctx) && shown.insider(ctx, key.entity(), key.year())) {
            return Optional.empty();
        }
        var plan = shown.find(ctx, key.entity(), key.year());
        if (plan.isEmpty()) {
            throw ShownPlans.asked(ctx) ? LifecycleApi.versionNotFound(ctx, key, shownVersion(ctx)) : notFound(ctx, key);
        }
        return plan;
    }

    /** The version the request names, as written; empty when it names none. */
    static String shownVersion(Context ctx) {
        return ShownPlans.asked(ctx) ? ctx.queryParam(ShownPlans.PARAMETER).strip() : "";
    }

    static String href(String entity, int year) {
        return "/api/v1/plans/" + PlanAddress.encode(entity) + "/" + year;
    }
}
