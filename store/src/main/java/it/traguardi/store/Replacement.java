package it.traguardi.store;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.NodeMatch;
import it.traguardi.core.plan.NodeMatching;
import it.traguardi.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sostituzione di un piano: how a new reading of a plan matches the stored one, with how many
 * values and comments each stored node has. The preview shows it before anything is written, and
 * the import reports it after; both come from the same matching.
 */
public record Replacement(NodeMatching matching, Map<NodeId, Integer> values, Map<NodeId, Integer> comments) {

    public Replacement {
        Objects.requireNonNull(matching, "matching");
        values = Map.copyOf(values);
        comments = Map.copyOf(comments);
    }

    /** The values recorded for a stored node (every period, corrections included). */
    public int valuesOf(PlanNode stored) {
        return values.getOrDefault(stored.id(), 0);
    }

    public int commentsOf(PlanNode stored) {
        return comments.getOrDefault(stored.id(), 0);
    }

    /** Values of stored nodes that the new plan does not keep: they stay readable, detached. */
    public int detachedValues() {
        return matching.detached().stream().mapToInt(this::valuesOf).sum();
    }

    public int detachedComments() {
        return matching.detached().stream().mapToInt(this::commentsOf).sum();
    }

    /** One line of the report: a node that did not stay as it was, and what a person should know. */
    public record Change(NodeMatch.Outcome outcome, String label, String detail) {
    }

    /** "Compared with the stored plan: 90 unchanged, 1 moved...", in the person's language. */
    public String summary(Messages m) {
        var counts = matching.counts();
        return m.get("replace.summary", counts.get(NodeMatch.Outcome.KEPT), counts.get(NodeMatch.Outcome.MOVED),
                counts.get(NodeMatch.Outcome.RENAMED), counts.get(NodeMatch.Outcome.UNCERTAIN),
                counts.get(NodeMatch.Outcome.NEW), counts.get(NodeMatch.Outcome.GONE));
    }

    /** What happens to what was recorded for nodes the new plan does not keep. */
    public String detachedSummary(Messages m) {
        return detachedNodesWithRecords() == 0 ? m.get("replace.detached.none")
                : m.get("replace.detached", detachedValues(), detachedComments(), detachedNodesWithRecords());
    }

    /** Every node that did not stay as it was, in the order of the outcomes, then of the tree. */
    public List<Change> changes(Messages m) {
        var out = new ArrayList<Change>();
        for (var match : matching.matches()) {
            switch (match) {
                case NodeMatch.Kept kept when kept.moved() -> out.add(new Change(match.outcome(), kept.incoming().label(), ""));
                case NodeMatch.Kept kept -> { }
                case NodeMatch.Renamed renamed -> out.add(new Change(match.outcome(), renamed.incoming().label(),
                        m.get("replace.basis." + renamed.basis()) + ", " + m.get("replace.renamed", renamed.stored().label())));
                case NodeMatch.Uncertain uncertain -> out.add(new Change(match.outcome(), uncertain.incoming().label(),
                        m.get("replace.uncertain", uncertain.stored().label()) + " (" + records(uncertain.stored(), m) + ")"));
                case NodeMatch.Added added -> out.add(new Change(match.outcome(), added.incoming().label(), ""));
                case NodeMatch.Gone gone -> out.add(new Change(match.outcome(), gone.stored().label(), records(gone.stored(), m)));
            }
        }
        return out;
    }

    private String records(PlanNode stored, Messages m) {
        return m.get("replace.records", valuesOf(stored), commentsOf(stored));
    }

    /** The stored nodes not kept that had values or comments. */
    public long detachedNodesWithRecords() {
        return matching.detached().stream().filter(n -> valuesOf(n) + commentsOf(n) > 0).count();
    }
}
