package it.traguardi.core.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * Ruolo: what a person may do in one entity (ente). A person may hold different roles in different
 * entities; the public (not signed in) holds none and only reads published plans.
 */
public enum Role {
    /** Amministratore: users and roles of the entity, its settings. */
    AMMINISTRATORE("amministratore"),
    /** Pianificatore (controllo di gestione): builds and revises the plan, sets scoring rules and assignments. */
    PIANIFICATORE("pianificatore"),
    /** Referente: enters values only for the measures and indicators assigned to them. */
    REFERENTE("referente"),
    /** Responsabile (dirigente): comments on and confirms the values of the objectives they own. */
    RESPONSABILE("responsabile"),
    /** Valutatore (OIV): reads everything of the entity, writes validation remarks, validates a period. */
    VALUTATORE("valutatore");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The Italian word stored in the database and written on the command line. */
    public String code() {
        return code;
    }

    /** The role written as {@link #code()}, in any case; empty for any other word. */
    public static Optional<Role> ofCode(String text) {
        return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(text.strip())).findFirst();
    }
}
