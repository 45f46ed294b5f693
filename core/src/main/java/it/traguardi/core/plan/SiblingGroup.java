package it.traguardi.core.plan;

import java.util.Objects;

/**
 * Gruppo di fratelli: a set of sibling nodes whose weights sum to 100%. An entity's areas; an
 * area's strategic objectives; an OS's two groups ({@link Parts}: Indicatori and Obiettivi
 * operativi), its indicators, its operational objectives; an OO's indicators.
 */
public sealed interface SiblingGroup {

    /** The kind of node the group holds; {@link Parts} holds the two group weights of an OS, no nodes. */
    NodeKind members();

    /** The areas of the plan. */
    record Areas() implements SiblingGroup {
        @Override
        public NodeKind members() {
            return NodeKind.AREA;
        }
    }

    /** The strategic objectives of an area. */
    record Objectives(NodeId area) implements SiblingGroup {
        public Objectives {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public NodeKind members() {
            return NodeKind.STRATEGIC_OBJECTIVE;
        }
    }

    /** The two groups of an OS (Indicatori, Obiettivi operativi), weighted against each other. */
    record Parts(NodeId objective) implements SiblingGroup {
        public Parts {
            Objects.requireNonNull(objective, "objective");
        }

        @Override
        public NodeKind members() {
            return NodeKind.STRATEGIC_OBJECTIVE;
        }
    }

    /** The indicators of an OS. */
    record ObjectiveIndicators(NodeId objective) implements SiblingGroup {
        public ObjectiveIndicators {
            Objects.requireNonNull(objective, "objective");
        }

        @Override
        public NodeKind members() {
            return NodeKind.INDICATOR;
        }
    }

    /** The operational objectives of an OS. */
    record Operationals(NodeId objective) implements SiblingGroup {
        public Operationals {
            Objects.requireNonNull(objective, "objective");
        }

        @Override
        public NodeKind members() {
            return NodeKind.OPERATIONAL_OBJECTIVE;
        }
    }

    /** The indicators of an OO. */
    record OperationalIndicators(NodeId operational) implements SiblingGroup {
        public OperationalIndicators {
            Objects.requireNonNull(operational, "operational");
        }

        @Override
        public NodeKind members() {
            return NodeKind.INDICATOR;
        }
    }
}
