package it.traguardi.web.api;

import io.javalin.http.Context;
import it.traguardi.store.AuditEntry;
import it.traguardi.store.AuditScope;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.PlanStore;
import it.traguardi.web.audit.AuditQuery;

/**
 * A plan's audit trail through the API, oldest first, filtered as the page filters it
 * ({@code node}, {@code user}, {@code kind}, {@code from}, {@code to}) and paged with
 * {@code offset} and {@code limit} (at most {@value #MAX_LIMIT}).
 */
final class AuditApi {

    static final int MAX_LIMIT = 1000;

    private final PlanStore store;
    private final AuditTrail audit;

    AuditApi(PlanStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    void list(Context ctx) {
        var key = PlanKey.of(ctx);
        store.version(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
        var language = ApiTexts.of(ctx);
        var query = AuditQuery.read(ctx, AuditQuery.Names.API);
        var offset = number(ctx, "offset", 0, Integer.MAX_VALUE, 0);
        var limit = number(ctx, "limit", 1, MAX_LIMIT, 100);
        if (!query.problems().isEmpty()) {
            var problem = query.problems().getFirst();
            throw new ProblemException(new ProblemDetail(422, "invalid-data",
                    problem.parameter() + ": " + language.messages().render(problem.message())));
        }
        var out = Json.object().put("entity", key.entity()).put("year", key.year())
                .put("total", audit.count(query.filter())).put("offset", offset).put("limit", limit);
        var entries = out.putArray("entries");
        for (var entry : audit.list(query.filter(), offset, limit, false)) {
            entry(entries.addObject(), entry);
        }
        Json.write(ctx, 200, out);
    }

    private static void entry(com.fasterxml.jackson.databind.node.ObjectNode item, AuditEntry entry) {
        var change = entry.change();
        item.put("sequence", entry.sequence()).put("at", entry.at().toString()).put("actor", entry.actor().name())
                .put("address", entry.actor().address());
        if (change.scope() instanceof AuditScope.OfNode n) {
            item.put("node", n.node().value());
        } else {
            item.putNull("node");
        }
        item.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT)).put("subject", change.subject())
                .put("before", change.before()).put("after", change.after()).put("reason", change.reason())
                .put("previousHash", entry.previousHash()).put("hash", entry.hash());
    }

    /** A whole number query parameter within bounds, or its default when absent; 422 naming it otherwise. */
    private static int number(Context ctx, String name, int min, int max, int absent) {
        return QueryNumbers.of(ctx, name, min, max, absent, text -> new ProblemDetail(422, "invalid-data",
                name + ": " + ApiTexts.of(ctx).messages().get("web.audit.invalid.number", min, max)));
    }

}
