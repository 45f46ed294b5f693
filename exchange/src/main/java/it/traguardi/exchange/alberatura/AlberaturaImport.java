package it.traguardi.exchange.alberatura;

import it.traguardi.core.check.Finding;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.LineGroup;
import java.util.List;
import java.util.Map;

/** The plan read from an alberatura, the anomalies found on the way, and the line each node came from. */
public record AlberaturaImport(Plan plan, List<Finding> warnings, Map<NodeId, Integer> lines) {

    public AlberaturaImport {
        warnings = List.copyOf(warnings);
        lines = Map.copyOf(lines);
    }

    /** The line a warning is about (that of its first node), or 0 when it is about the whole file. */
    public int line(Finding warning) {
        return warning.nodes().isEmpty() ? 0 : lines.getOrDefault(warning.nodes().getFirst(), 0);
    }

    /** The warnings, those with the same text folded into one with their lines ("righe 4-63, 70: ..."). */
    public List<String> groupedWarnings(Messages messages) {
        return LineGroup.of(warnings, this::line, w -> messages.render(w.message())).stream().map(g -> {
            var place = g.place(messages);
            var text = messages.render(g.first().message());
            return place.isEmpty() ? text : place + ": " + text;
        }).toList();
    }
}
