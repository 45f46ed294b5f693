package it.traguardi.core.score;

import it.traguardi.core.plan.PlanNode;
import java.util.Objects;

/** What a node of the score tree scores: the entity as a whole, or one node of the plan. */
public sealed interface Subject {

    /** L'ente: the root, the weighted mean of the areas. */
    record Entity(String name, int year) implements Subject {
        public Entity {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A node of the plan: area, strategic or operational objective, indicator. */
    record Node(PlanNode node) implements Subject {
        public Node {
            Objects.requireNonNull(node, "node");
        }
    }
}
