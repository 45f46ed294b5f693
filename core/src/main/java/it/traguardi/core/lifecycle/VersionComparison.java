package it.traguardi.core.lifecycle;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.audit.CompactJson;
import it.traguardi.core.audit.PlanDiff;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Confronto tra versioni: what changed from one version of a plan to another, node by node and by
 * node identity, told as the audit trail tells an edit ({@link PlanDiff}): nodes added, deleted,
 * moved, edited, and their weights, targets, baselines and formulas, each field with its value in
 * the first version and in the second, in the Italian forms people write. The page, the API and
 * {@code traguardi diff} all show this one list.
 */
public final class VersionComparison {

    /** One change of one node, with the fields that differ. */
    public record Change(ChangeKind kind, NodeId node, String label, List<Field> fields) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(label, "label");
            fields = List.copyOf(fields);
        }
    }

    /** A field in the first version and in the second; empty where the node has none there (added, deleted). */
    public record Field(String name, String before, String after) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    private VersionComparison() {
    }

    /** The changes from {@code from} to {@code to}, in the order of the trees (deleted nodes last); none when alike. */
    public static List<Change> between(Plan from, Plan to) {
        var out = new ArrayList<Change>();
        for (var change : PlanDiff.between(from, to)) {
            var before = CompactJson.fields(change.before());
            var after = CompactJson.fields(change.after());
            var names = new ArrayList<>(before.keySet());
            after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(names::add);
            out.add(new Change(change.kind(), change.node(), change.label(), names.stream()
                    .map(n -> new Field(n, before.getOrDefault(n, ""), after.getOrDefault(n, ""))).toList()));
        }
        return out;
    }
}
