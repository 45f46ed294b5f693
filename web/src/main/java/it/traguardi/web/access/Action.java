package it.traguardi.web.access;

import io.javalin.security.RouteRole;

/**
 * Azione: what a request does in the performance cycle. Every route declares exactly one where it
 * is registered (as its Javalin route role); the {@link AccessGate} refuses a route that declares
 * none, and {@link RolePolicy} says which roles may perform each.
 */
public enum Action implements RouteRole {
    /** Consultare: pages, scores, checks, exports of a plan. */
    READ,
    /**
     * Consultare il registro: the audit trail of a plan (who changed what, from which address); the
     * people of the entity, not the public.
     */
    READ_AUDIT,
    /** Accedere: sign in and out; everyone may. */
    SIGN_IN,
    /** Il proprio profilo: one's own password and access tokens; anyone signed in. */
    OWN_ACCOUNT,
    /** Inserire valori: record actual values (page form, upload, API). */
    ENTER_VALUES,
    /** Commentare: comment on a node (the owner's note on a deviation). */
    COMMENT,
    /** Confermare valori: the responsabile's confirmation of the values of their objectives. */
    CONFIRM_VALUES,
    /** Modificare il piano: create, import, copy, delete a plan; its structure, weights, targets, formulas. */
    EDIT_PLAN,
    /** Regole di misurazione: the scoring rules of a plan. */
    SET_SCORING,
    /** Incarichi: who enters and owns what (assignments). */
    MANAGE_ASSIGNMENTS,
    /** Utenti e ruoli: the users of an entity and the roles they hold, its settings. */
    MANAGE_USERS,
    /** Validare: the valutatore's remarks and the validation of a period. */
    VALIDATE_PERIOD;

    /** The key of the action's name in the message bundles ({@code access.action.read}). */
    public String key() {
        return "access.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
