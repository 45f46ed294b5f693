package it.traguardi.core.plan;

import it.traguardi.core.value.Weight;

/**
 * Nodo del piano: what every level of the tree has. The code is a label, empty when the source
 * gives none; the identity is {@link #id()}.
 */
public sealed interface PlanNode permits StrategicArea, StrategicObjective, OperationalObjective, Indicator {

    NodeId id();

    String code();

    String title();

    /** The weight within the node's sibling group. */
    Weight weight();

    NodeKind kind();

    default boolean hasCode() {
        return !code().isEmpty();
    }

    /** "code - title", or the title alone when there is no code. */
    default String label() {
        return hasCode() ? code() + " - " + title() : title();
    }
}
