package it.traguardi.core.plan;

import java.util.Objects;

/**
 * Corrispondenza di un nodo: what became of one node when a stored plan is replaced by a new
 * reading of it (a corrected alberatura imported again). Only a {@link Kept} or {@link Renamed}
 * node keeps its identity, and with it its values, comments and rules; an {@link Uncertain} pair
 * looks alike only by its place in the tree, so the new node starts empty and the old one's values
 * stay readable as values of a node no longer in the plan.
 */
public sealed interface NodeMatch {

    /** What a person is told about the node; also the order of the preview's counts. */
    enum Outcome { KEPT, MOVED, RENAMED, UNCERTAIN, NEW, GONE }

    /** Why two nodes were taken for the same one. */
    enum Basis { CODE_AND_TITLE, CODE, TITLE, FORMULA }

    Outcome outcome();

    /** Same code and title; {@code moved} when it now hangs under another parent. */
    record Kept(PlanNode stored, PlanNode incoming, boolean moved) implements NodeMatch {
        public Kept {
            requireSameId(stored, incoming);
        }

        @Override
        public Outcome outcome() {
            return moved ? Outcome.MOVED : Outcome.KEPT;
        }
    }

    /** The same node under a new code or title, recognised by {@code basis}; maybe moved too. */
    record Renamed(PlanNode stored, PlanNode incoming, Basis basis, boolean moved) implements NodeMatch {
        public Renamed {
            requireSameId(stored, incoming);
            Objects.requireNonNull(basis, "basis");
        }

        @Override
        public Outcome outcome() {
            return Outcome.RENAMED;
        }
    }

    /** Alike only by kind and place: shown to the person, but nothing is carried over. */
    record Uncertain(PlanNode stored, PlanNode incoming) implements NodeMatch {
        public Uncertain {
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(incoming, "incoming");
        }

        @Override
        public Outcome outcome() {
            return Outcome.UNCERTAIN;
        }
    }

    /** A node the stored plan did not have; it gets a new id. */
    record Added(PlanNode incoming) implements NodeMatch {
        public Added {
            Objects.requireNonNull(incoming, "incoming");
        }

        @Override
        public Outcome outcome() {
            return Outcome.NEW;
        }
    }

    /** A stored node the new plan does not have. */
    record Gone(PlanNode stored) implements NodeMatch {
        public Gone {
            Objects.requireNonNull(stored, "stored");
        }

        @Override
        public Outcome outcome() {
            return Outcome.GONE;
        }
    }

    private static void requireSameId(PlanNode stored, PlanNode incoming) {
        if (!stored.id().equals(incoming.id())) {
            throw new IllegalArgumentException("a kept node keeps its id: " + stored.id() + " became " + incoming.id());
        }
    }
}
