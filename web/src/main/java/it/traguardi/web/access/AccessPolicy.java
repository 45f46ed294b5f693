package it.traguardi.web.access;

/**
 * Regole di accesso: decides whether a requester may perform an action on a resource. The
 * {@link AccessGate} asks it for every matched request, pages and API alike, and again for what a
 * handler learns only from the request (an upload's plan, each row written).
 *
 * <p>{@link RolePolicy} is the policy of the roles per entity. {@link #ALLOW_EVERYTHING} lets
 * everyone read and change every plan, as the command line does: the web server's default until
 * sign-in exists, since with nobody signed in the roles would refuse every change.
 */
@FunctionalInterface
public interface AccessPolicy {

    /** Everyone may do everything: the behaviour until accounts exist. */
    AccessPolicy ALLOW_EVERYTHING = (requester, action, resource) -> Decision.ALLOW;

    Decision decide(Requester requester, Action action, Resource resource);
}
