package it.traguardi.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.store.Replacement;
import java.util.Locale;
import java.util.Optional;

/**
 * A plan replaced by a new reading, as JSON: the stored version it was matched against, how many
 * nodes had each outcome, every node that did not stay as it was (with the values and comments of
 * the stored node) and what is left detached. The upload preview shows it before, the upload after.
 */
final class ReplacementJson {

    private ReplacementJson() {
    }

    static ObjectNode of(Replacement replacement, ApiTexts language) {
        var m = language.messages();
        var out = Json.object().put("storedVersion", replacement.storedVersion()).put("summary", replacement.summary(m));
        var counts = out.putObject("counts");
        replacement.matching().counts().forEach((outcome, count) -> counts.put(outcome.name().toLowerCase(Locale.ROOT), count));
        var changes = out.putArray("changes");
        for (var change : replacement.changes(m)) {
            var node = change.incoming().or(change::stored).orElseThrow();
            var item = changes.addObject().put("outcome", change.outcome().name().toLowerCase(Locale.ROOT))
                    .put("outcomeText", m.get("replace.outcome." + change.outcome()));
            id(item, "idBefore", change.stored());
            id(item, "idAfter", change.incoming());
            item.put("kind", node.kind().name()).put("code", node.code()).put("title", node.title())
                    .put("detail", change.detail())
                    .put("values", change.stored().map(replacement::valuesOf).orElse(0))
                    .put("comments", change.stored().map(replacement::commentsOf).orElse(0));
        }
        return out.put("detachedValues", replacement.detachedValues())
                .put("detachedComments", replacement.detachedComments())
                .put("detachedSummary", replacement.detachedSummary(m));
    }

    private static void id(ObjectNode item, String field, Optional<PlanNode> node) {
        if (node.isPresent()) {
            item.put(field, node.get().id().value());
        } else {
            item.putNull(field);
        }
    }
}
