package it.traguardi.web.access;

import java.util.Objects;

/** What a request is about: one entity's plan for a year, the archive as a whole, or the requester's own account. */
public sealed interface Resource {

    Resource ARCHIVE = new Archive();

    Resource OWN_ACCOUNT = new OwnAccount();

    /** The requester's own account: signing in and out, the password, personal API tokens. */
    record OwnAccount() implements Resource {
    }

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
