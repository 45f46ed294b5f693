package it.traguardi.web.access;

/**
 * Regole di accesso: decides whether a requester may perform an action on a resource. The
 * {@link AccessGate} asks it for every matched request, pages and API alike.
 *
 * <p>{@link #ALLOW_EVERYTHING} lets everyone read and change every plan, as the command line does
 * (the tests that are not about access use it); {@code serve} runs {@link AdministratorPolicy}.
 * The roles per entity and the separation of entities are a new policy here, with no change to
 * the routes.
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Everyone may do everything: the behaviour until accounts exist. */
    AccessPolicy ALLOW_EVERYTHING = (requester, action, resource) -> Decision.ALLOW;

    Decision decide(Requester requester, Action action, Resource resource);
}
