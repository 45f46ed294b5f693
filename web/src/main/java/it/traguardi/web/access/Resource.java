package it.traguardi.web.access;

import java.util.Objects;

/** What a request is about: one entity's plan for a year, or the archive as a whole. */
public sealed interface Resource {

    Resource ARCHIVE = new Archive();

    /** The archive of plans as a whole (the list, an upload whose entity is not known yet). */
    record Archive() implements Resource {
    }

    /** The plan of an entity (ente) for a year. */
    record Plan(String entity, int year) implements Resource {
        public Plan {
            Objects.requireNonNull(entity, "entity");
        }
    }
}
