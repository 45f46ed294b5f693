package it.traguardi.web.access;

/**
 * Regole di accesso: decides whether a requester may perform an action on a resource. The
 * {@link AccessGate} asks it for every matched request, pages and API alike.
 *
 * <p>Today there are no accounts, so the default {@link #ALLOW_EVERYTHING} lets everyone read and
 * change every plan, as the command line does. Next come accounts (a signed-in {@link Requester})
 * and the separation of entities (a Camera di commercio sees and changes only its own plans):
 * both are a new policy here, with no change to the routes.
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Everyone may do everything: the behaviour until accounts exist. */
    AccessPolicy ALLOW_EVERYTHING = (requester, action, resource) -> Decision.ALLOW;

    Decision decide(Requester requester, Action action, Resource resource);
}
