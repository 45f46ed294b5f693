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
import java.util.Optional;

/**
 * Sostituzione di un piano: how a new reading of a plan matches the stored one, with how many
 * values and comments each stored node has. The preview shows it before anything is written, and
 * the import reports it after; both come from the same matching. {@code storedVersion} is the
 * version of the stored plan the matching was made with (read in the same transaction), so a
 * preview can be confirmed only over the plan it showed.
 */
public record Replacement(NodeMatching matching, int storedVersion, Map<NodeId, Integer> values,
        Map<NodeId, Integer> comments) {

    public Replacement {
        Objects.requireNonNull(matching, "matching");
        if (storedVersion < 1) {
            throw new IllegalArgumentException("a stored plan has a version from 1: " + storedVersion);
        }
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

    /**
     * One line of the report: a node that did not stay as it was ({@code match}), its label and
     * what a person should know.
     */
    public record Change(NodeMatch match, String label, String detail) {

        public Change {
            Objects.requireNonNull(match, "match");
        }

        public NodeMatch.Outcome outcome() {
            return match.outcome();
        }

        /** The node as stored before, when there was one (not for a new node). */
        public Optional<PlanNode> stored() {
            return switch (match) {
                case NodeMatch.Kept kept -> Optional.of(kept.stored());
                case NodeMatch.Renamed renamed -> Optional.of(renamed.stored());
                case NodeMatch.Uncertain uncertain -> Optional.of(uncertain.stored());
                case NodeMatch.Added added -> Optional.empty();
                case NodeMatch.Gone gone -> Optional.of(gone.stored());
            };
        }

        /** The node as the new plan has it, when it has one (not for a node gone). */
        public Optional<PlanNode> incoming() {
            return switch (match) {
                case NodeMatch.Kept kept -> Optional.of(kept.incoming());
                case NodeMatch.Renamed renamed -> Optional.of(renamed.incoming());
                case NodeMatch.Uncertain uncertain -> Optional.of(uncertain.incoming());
                case NodeMatch.Added added -> Optional.of(added.incoming());
                case NodeMatch.Gone gone -> Optional.empty();
            };
        }
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
                case NodeMatch.Kept kept when kept.moved() -> out.add(new Change(match, kept.incoming().label(), ""));
                case NodeMatch.Kept kept -> { }
                case NodeMatch.Renamed renamed -> out.add(new Change(match, renamed.incoming().label(),
                        m.get("replace.basis." + renamed.basis()) + ", " + m.get("replace.renamed", renamed.stored().label())));
                case NodeMatch.Uncertain uncertain -> out.add(new Change(match, uncertain.incoming().label(),
                        m.get("replace.uncertain", uncertain.stored().label()) + " (" + records(uncertain.stored(), m) + ")"));
                case NodeMatch.Added added -> out.add(new Change(match, added.incoming().label(), ""));
                case NodeMatch.Gone gone -> out.add(new Change(match, gone.stored().label(), records(gone.stored(), m)));
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
