package it.traguardi.store;

import it.traguardi.core.plan.NodeId;
import java.util.Objects;

/** What an audit entry is about: the archive, an entity, an entity's plan for a year, or one node of it. */
public sealed interface AuditScope {

    AuditScope ARCHIVE = new Archive();

    /** The archive as a whole (a refused request that named no plan). */
    record Archive() implements AuditScope {
    }

    /** An entity (ente): its catalog of measures. */
    record OfEntity(String entity) implements AuditScope {
        public OfEntity {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** The plan of an entity for a year. */
    record OfPlan(String entity, int year) implements AuditScope {
        public OfPlan {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** One node of the plan of an entity for a year. */
    record OfNode(String entity, int year, NodeId node) implements AuditScope {
        public OfNode {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(node, "node");
        }
    }
}
