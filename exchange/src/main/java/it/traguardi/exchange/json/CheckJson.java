package it.traguardi.exchange.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.traguardi.core.check.Finding;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Plan;
import java.util.List;

/**
 * The plan-quality report (rilievi) as JSON, the one shape that {@code traguardi check --format json}
 * and the API's {@code /checks} write (the API adds the plan's {@code version}): {@code entity},
 * {@code year} and {@code findings}, each with {@code kind}, {@code severity}, {@code title} (of its
 * kind), {@code message} and the {@code nodes} it is about ({@code id}, {@code kind}, {@code code},
 * {@code title}).
 */
public final class CheckJson {

    private CheckJson() {
    }

    /** The document as text, indented. */
    public static String write(Plan plan, List<Finding> findings, Messages m) {
        return JsonText.write(document(plan, findings, m), "check");
    }

    public static ObjectNode document(Plan plan, List<Finding> findings, Messages m) {
        var out = JsonText.object().put("entity", plan.entity()).put("year", plan.year());
        var list = out.putArray("findings");
        for (var finding : findings) {
            var entry = list.addObject().put("kind", finding.kind().name())
                    .put("severity", finding.severity().name())
                    .put("title", m.get(finding.kind().titleKey()))
                    .put("message", m.render(finding.message()));
            var nodes = entry.putArray("nodes");
            finding.nodes().forEach(id -> plan.node(id).ifPresent(n -> nodes.addObject().put("id", n.id().value())
                    .put("kind", n.kind().name()).put("code", n.code()).put("title", n.title())));
        }
        return out;
    }
}
