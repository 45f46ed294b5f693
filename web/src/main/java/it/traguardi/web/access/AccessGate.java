package it.traguardi.web.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import it.traguardi.web.Language;
import java.util.List;
import java.util.Objects;

/**
 * The one place every matched request passes (a Javalin {@code beforeMatched} handler): it maps the
 * request to an {@link Action} (GET, HEAD, OPTIONS read; everything else changes) and a
 * {@link Resource} (the {@code entity} and {@code year} path parameters when the route has them,
 * else the archive), asks the policy, and answers 403 {@code application/problem+json} when denied.
 * Handlers that learn their resource only from the request body (an upload) call
 * {@link #require} with it, so the same policy decides again on the real plan. Who asks is
 * resolved once per request ({@link #requester}), from an API token or the session cookie; an
 * API token that is unknown, expired or revoked is answered 401 here, before any handler.
 */
public final class AccessGate {

    /** With the charset: Jetty would otherwise encode the accented Italian text as ISO-8859-1. */
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTHENTICATION = "traguardi.authentication";
    private static final String IDENTITY = "traguardi.identity";
    /** The pages of one's own account: anyone may sign in, and act on their own account. */
    private static final List<String> OWN_ACCOUNT = List.of("/accesso", "/esci", "/account");

    private final AccessPolicy policy;

    private AccessGate(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Installs the gate on the routes; returns it for the handlers that check again. */
    public static AccessGate install(RoutesConfig routes, AccessPolicy policy, Authentication authentication) {
        var gate = new AccessGate(policy);
        // cheap: only remembers how to look the requester up, for whoever asks first
        routes.before(ctx -> ctx.attribute(AUTHENTICATION, authentication));
        routes.beforeMatched(gate::check);
        routes.exception(AccessDeniedException.class, AccessGate::deny);
        routes.exception(UnauthorizedException.class, AccessGate::unauthorized);
        return gate;
    }

    /** Throws {@link AccessDeniedException} unless the policy allows the action on the resource. */
    public void require(Context ctx, Action action, Resource resource) {
        if (policy.decide(requester(ctx), action, resource) instanceof Decision.Deny deny) {
            throw new AccessDeniedException(deny.reason());
        }
    }

    private void check(Context ctx) {
        if (identity(ctx) instanceof Authentication.Identity.BadToken) {
            throw new UnauthorizedException();
        }
        require(ctx, action(ctx.method()), resource(ctx));
    }

    /**
     * Who sends the request: the account of its API token or session cookie, else the public. Looked
     * up in the database once per request and kept on it; a request with a bad token counts as the
     * public here (the gate has answered it 401 before any handler asks).
     */
    public static Requester requester(Context ctx) {
        return switch (identity(ctx)) {
            case Authentication.Identity.Known known -> known.requester();
            case Authentication.Identity.BadToken bad -> Requester.ANONYMOUS;
        };
    }

    private static Authentication.Identity identity(Context ctx) {
        Authentication.Identity cached = ctx.attribute(IDENTITY);
        if (cached != null) {
            return cached;
        }
        Authentication authentication = ctx.attribute(AUTHENTICATION);
        var identity = authentication == null ? new Authentication.Identity.Known(Requester.ANONYMOUS)
                : authentication.identify(ctx);
        ctx.attribute(IDENTITY, identity);
        return identity;
    }

    /** Forgets who the request came from, after signing in or out within it. */
    public static void forget(Context ctx) {
        ctx.attribute(IDENTITY, null);
    }

    static Action action(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS
                ? Action.READ : Action.CHANGE;
    }

    /** A year that is not a number names no plan: the handler will refuse it, the gate asks about the archive. */
    static Resource resource(Context ctx) {
        var path = ctx.path();
        if (OWN_ACCOUNT.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return Resource.OWN_ACCOUNT;
        }
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

    private static void deny(AccessDeniedException e, Context ctx) {
        var messages = Language.requested(ctx);
        problem(ctx, 403, "forbidden", messages.get("access.denied.title"), messages.render(e.reason()));
    }

    private static void unauthorized(UnauthorizedException e, Context ctx) {
        var messages = Language.requested(ctx);
        ctx.header("WWW-Authenticate", "Bearer realm=\"traguardi\", error=\"invalid_token\"");
        problem(ctx, 401, "unauthorized", messages.get("access.unauthorized.title"),
                messages.get("access.unauthorized.token"));
    }

    private static void problem(Context ctx, int status, String type, String title, String detail) {
        var body = JSON.createObjectNode()
                .put("type", "/api/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.path());
        ctx.status(status).contentType(PROBLEM_JSON).result(body.toString());
    }
}
