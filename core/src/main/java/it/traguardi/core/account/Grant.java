package it.traguardi.core.account;

import java.util.Objects;

/** Incarico: a role held in one entity (ente), named as plans name it. */
public record Grant(String entity, Role role) {

    public Grant {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(role, "role");
    }
}
