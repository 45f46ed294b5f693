package it.traguardi.core.score;

import it.traguardi.core.plan.NodeId;
import java.util.Objects;

/** What an explanation entry is about: a child node, or one of the two groups of a strategic objective. */
public sealed interface Part {

    /** A child node of the plan, with its label as printed (code - title). */
    record Child(NodeId id, String label) implements Part {
        public Child {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A group of a strategic objective, with the explanation of its own weighted mean. */
    record Group(GroupKind kind, Explanation members) implements Part {
        public Group {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(members, "members");
        }
    }
}
