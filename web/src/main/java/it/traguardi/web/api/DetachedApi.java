package it.traguardi.web.api;

import io.javalin.http.Context;
import it.traguardi.store.DetachedRecords;
import it.traguardi.store.PlanStore;

/**
 * Values and comments of nodes no longer in the plan (deleted by an editor, or not recognised when
 * a corrected file was imported again): readable, under the code and title the node last had.
 */
final class DetachedApi {

    private final PlanStore store;
    private final DetachedRecords detached;

    DetachedApi(PlanStore store, DetachedRecords detached) {
        this.store = store;
        this.detached = detached;
    }

    void list(Context ctx) {
        var key = PlanKey.of(ctx);
        store.version(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
        var out = Json.object().put("entity", key.entity()).put("year", key.year());
        var nodes = out.putArray("nodes");
        for (var node : detached.of(key.entity(), key.year())) {
            var item = nodes.addObject().put("id", node.id().value()).put("kind", node.kind().name())
                    .put("code", node.code()).put("title", node.title());
            var values = item.putArray("values");
            for (var r : node.values()) {
                ValuesApi.value(values.addObject().put("period", r.period().format()), r.value())
                        .put("recordedAt", r.recordedAt().toString()).put("recordedBy", r.recordedBy()).put("reason", r.reason());
            }
            var comments = item.putArray("comments");
            node.comments().forEach(c -> comments.add(NodesApi.comment(c)));
        }
        Json.write(ctx, 200, out);
    }
}
