package it.traguardi.web.access;

import java.util.Objects;

/**
 * What a request is about: the archive as a whole, one entity, one entity's plan for a year, one
 * row of that plan (an indicator or measure whose value is written, a node commented on).
 */
public sealed interface Resource {

    Resource ARCHIVE = new Archive();

    /** The archive of plans as a whole (the list, an upload whose entity is not known yet). */
    record Archive() implements Resource {
    }

    /** An entity (ente) as a whole: its users, roles and settings. */
    record Entity(String entity) implements Resource {
        public Entity {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** The plan of an entity (ente) for a year. */
    record Plan(String entity, int year) implements Resource {
        public Plan {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /**
     * One row of a plan being written: {@code row} names it as the user knows it (a measure's code,
     * an indicator's code and title), {@code assigned} says whether the requester's assignments
     * cover it ({@code it.traguardi.core.account.Assignments}).
     */
    record Row(String entity, int year, String row, boolean assigned) implements Resource {
        public Row {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(row, "row");
        }

        public Plan plan() {
            return new Plan(entity, year);
        }
    }
}
