package it.traguardi.web.access;

/**
 * Regole di accesso: decides whether a requester may perform an action on a resource. The
 * {@link AccessGate} asks it for every matched request, pages and API alike, and again for what a
 * handler learns only from the request (an upload's plan, each row written).
 *
 * <p>{@link RolePolicy} is the policy of the roles per entity; {@code serve} runs it behind
 * {@link AdministratorPolicy} (no change until the installation has an administrator).
 * {@link #ALLOW_EVERYTHING} lets everyone read and change every plan, as the command line does: the
 * tests that are not about access use it.
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Everyone may do everything: the behaviour until accounts exist. */
    AccessPolicy ALLOW_EVERYTHING = (requester, action, resource) -> Decision.ALLOW;

    Decision decide(Requester requester, Action action, Resource resource);
}
