package it.traguardi.exchange.alberatura;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.FindingKind;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.LineGroup;
import java.util.EnumMap;
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

    /** How many warnings of each kind, in the kinds' order; none when there is no warning. */
    public List<KindCount> warningCounts() {
        var counts = new EnumMap<FindingKind, Integer>(FindingKind.class);
        warnings.forEach(w -> counts.merge(w.kind(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList();
    }

    /** A kind of warning and how many the file has. */
    public record KindCount(FindingKind kind, int count) {
    }

    /** The warnings, those with the same text folded into one with their lines ("righe 4-63, 70: ..."). */
    public List<String> groupedWarnings(Messages messages) {
        return LineGroup.of(warnings, this::line, w -> messages.render(w.message())).stream().map(g -> {
            var place = g.place(messages);
            var text = messages.render(g.first().message());
            // a message that already begins with its place (a target's notation: "riga 10, campo 9: ...") keeps it alone
            return place.isEmpty() || text.startsWith(place + ",") || text.startsWith(place + ":") ? text
                    : place + ": " + text;
        }).toList();
    }
}
