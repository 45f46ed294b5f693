package it.traguardi.core.lifecycle;

import java.util.Locale;

/**
 * Stato del piano: bozza (draft) -> approvato (approved by its act) -> pubblicato (published) ->
 * chiuso (closed). A draft is edited in place; an approved or published plan only through a
 * revision; a closed plan is only read. The public reads published and closed plans.
 */
public enum PlanState {
    /** Bozza: being built, read only by the people of its entity. */
    DRAFT,
    /** Approvato: adopted by its act (delibera), frozen; not yet public. */
    APPROVED,
    /** Pubblicato: approved and public. */
    PUBLISHED,
    /** Chiuso: the cycle is over; read only. */
    CLOSED;

    /** Whether the public (and people of other entities) may read a plan in this state. */
    public boolean isPublic() {
        return switch (this) {
            case DRAFT, APPROVED -> false;
            case PUBLISHED, CLOSED -> true;
        };
    }

    /** The key of the state's name in the message bundles ({@code lifecycle.state.draft}). */
    public String key() {
        return "lifecycle.state." + name().toLowerCase(Locale.ROOT);
    }
}
