package it.traguardi.web.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import it.traguardi.web.Language;
import java.util.Objects;

/**
 * The one place every matched request passes (a Javalin {@code beforeMatched} handler): it maps the
 * request to an {@link Action} (GET, HEAD, OPTIONS read; everything else changes) and a
 * {@link Resource} (the {@code entity} and {@code year} path parameters when the route has them,
 * else the archive), asks the policy, and answers 403 {@code application/problem+json} when denied.
 * Handlers that learn their resource only from the request body (an upload) call
 * {@link #require} with it, so the same policy decides again on the real plan.
 */
public final class AccessGate {

    /** With the charset: Jetty would otherwise encode the accented Italian text as ISO-8859-1. */
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccessPolicy policy;
    private final RefusalLog refusals;

    private AccessGate(AccessPolicy policy, RefusalLog refusals) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    /** Installs the gate on the routes, recording no refusal; returns it for the handlers that check again. */
    public static AccessGate install(RoutesConfig routes, AccessPolicy policy) {
        return install(routes, policy, RefusalLog.NONE);
    }

    /** Installs the gate on the routes, each refusal recorded in {@code refusals} (the audit trail). */
    public static AccessGate install(RoutesConfig routes, AccessPolicy policy, RefusalLog refusals) {
        var gate = new AccessGate(policy, refusals);
        routes.beforeMatched(gate::check);
        routes.exception(AccessDeniedException.class, gate::deny);
        return gate;
    }

    /** Throws {@link AccessDeniedException} unless the policy allows the action on the resource. */
    public void require(Context ctx, Action action, Resource resource) {
        if (policy.decide(requester(ctx), action, resource) instanceof Decision.Deny deny) {
            throw new AccessDeniedException(deny.reason());
        }
    }

    private void check(Context ctx) {
        require(ctx, action(ctx.method()), resource(ctx));
    }

    /** No accounts yet: every HTTP request is anonymous. */
    static Requester requester(Context ctx) {
        return Requester.ANONYMOUS;
    }

    static Action action(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS
                ? Action.READ : Action.CHANGE;
    }

    /** A year that is not a number names no plan: the handler will refuse it, the gate asks about the archive. */
    static Resource resource(Context ctx) {
        var params = ctx.pathParamMap();
        if (params.containsKey("entity") && params.containsKey("year")) {
            try {
                return new Resource.Plan(params.get("entity"), Integer.parseInt(params.get("year")));
            } catch (NumberFormatException e) {
                return Resource.ARCHIVE;
            }
        }
        return Resource.ARCHIVE;
    }

    private void deny(AccessDeniedException e, Context ctx) {
        refusals.refused(ctx, e.getMessage());
        var english = Language.requested(ctx).locale().getLanguage().equals("en");
        var body = JSON.createObjectNode()
                .put("type", "/api/problems/forbidden")
                .put("title", english ? "Access denied" : "Accesso negato")
                .put("status", 403)
                .put("detail", e.getMessage())
                .put("instance", ctx.path());
        ctx.status(403).contentType(PROBLEM_JSON).result(body.toString());
    }
}
