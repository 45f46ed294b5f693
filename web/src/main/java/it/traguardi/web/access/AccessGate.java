package it.traguardi.web.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import it.traguardi.core.account.Assignments;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.store.AssignmentStore;
import it.traguardi.store.EntityScope;
import it.traguardi.web.Language;
import it.traguardi.web.Templates;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place every matched request passes (a Javalin {@code beforeMatched} handler): it learns
 * who is asking (an API token or the session cookie, looked up once per request; an API token that
 * is unknown, expired or revoked is answered 401 here, before any handler), takes the
 * {@link Action} the route declared where it was registered (its one route role; a route that
 * declares none is refused), the {@link Resource} of the request (the {@code entity} and
 * {@code year} path parameters when the route has them, else the archive), and asks the policy.
 * A denied API call is a 403 {@code application/problem+json} (401 to someone not signed in); a
 * denied page is a 403 page with the way to sign in. Handlers that
 * learn their resource only from the request (an upload's plan, the rows of values written, the
 * node commented on) call {@link #require}, {@link #requireRows} or {@link #requireNode}, so the
 * same policy decides again.
 */
public final class AccessGate {

    /** With the charset: Jetty would otherwise encode the accented Italian text as ISO-8859-1. */
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    /** Where the static front-end files are served (see {@code WebServer}). */
    public static final String ASSETS = "/static/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOLVER = AccessGate.class.getName() + ".resolver";
    private static final String REQUESTER = AccessGate.class.getName() + ".requester";

    private final AccessPolicy policy;
    private final Function<Context, Requester> requesters;
    private final AssignmentStore assignments;
    private final Templates templates;
    private final RefusalLog refusals;

    private AccessGate(AccessPolicy policy, Function<Context, Requester> requesters, AssignmentStore assignments,
            Templates templates, RefusalLog refusals) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.requesters = Objects.requireNonNull(requesters, "requesters");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    /**
     * The gate of an application: {@code requesters} says who is asking ({@link #signedIn} in
     * production), {@code assignments} what each person answers for.
     */
    public static AccessGate of(AccessPolicy policy, Function<Context, Requester> requesters,
            AssignmentStore assignments, Templates templates) {
        return of(policy, requesters, assignments, templates, RefusalLog.NONE);
    }

    /** As above, each refusal recorded in {@code refusals} (the audit trail). */
    public static AccessGate of(AccessPolicy policy, Function<Context, Requester> requesters,
            AssignmentStore assignments, Templates templates, RefusalLog refusals) {
        return new AccessGate(policy, requesters, assignments, templates, refusals);
    }

    /**
     * Who is asking, in production: the account of the request's API token or session cookie, else
     * the public; a token that names no live token is refused (401), never taken for the public.
     */
    public static Function<Context, Requester> signedIn(Authentication authentication) {
        return ctx -> switch (authentication.identify(ctx)) {
            case Authentication.Identity.Known known -> known.requester();
            case Authentication.Identity.BadToken bad -> throw new UnauthorizedException();
        };
    }

    /** Puts the gate before every matched route, and its answer on every denial. */
    public void install(RoutesConfig routes) {
        // cheap: only remembers how to look the requester up, for whoever asks first (a page's header too)
        routes.before(ctx -> {
            // a thread serves request after request: none starts with the scope of the one before
            EntityScope.lift();
            ctx.attribute(RESOLVER, requesters);
        });
        routes.beforeMatched(this::check);
        routes.after(ctx -> EntityScope.lift());
        routes.exception(AccessDeniedException.class, this::deny);
        routes.exception(UnauthorizedException.class, AccessGate::unauthorized);
    }

    /**
     * Who is asking, looked up once a request and kept on it. A request with a bad token counts as
     * the public here: the gate has answered it 401 before any handler asks.
     */
    public static Requester requester(Context ctx) {
        Requester known = ctx.attribute(REQUESTER);
        if (known == null) {
            Function<Context, Requester> resolver = ctx.attribute(RESOLVER);
            try {
                known = resolver == null ? Requester.ANONYMOUS : Objects.requireNonNull(resolver.apply(ctx), "requester");
            } catch (UnauthorizedException e) {
                known = Requester.ANONYMOUS;
            }
            ctx.attribute(REQUESTER, known);
        }
        return known;
    }

    /** Forgets who the request came from, after signing in or out within it. */
    public static void forget(Context ctx) {
        ctx.attribute(REQUESTER, null);
    }

    /** Whether the policy allows the action on the resource (to show only what a person may open). */
    public boolean allows(Context ctx, Action action, Resource resource) {
        return policy.decide(requester(ctx), action, resource) instanceof Decision.Allow;
    }

    /**
     * Whether the requester is one of the people of the plan's entity (any role there, an
     * installation administrator, the program): they read its audit trail and its working version
     * under revision; everyone else reads only what is published, as approved.
     */
    public boolean insider(Context ctx, String entity, int year) {
        return allows(ctx, Action.READ_AUDIT, new Resource.Plan(entity, year));
    }

    /** Throws {@link AccessDeniedException} unless the policy allows the action on the resource. */
    public void require(Context ctx, Action action, Resource resource) {
        var requester = requester(ctx);
        if (policy.decide(requester, action, resource) instanceof Decision.Deny deny) {
            throw new AccessDeniedException(deny.reason(), requester instanceof Requester.Anonymous);
        }
    }

    /**
     * Asks about each row of values to be written, in order, and refuses the first one outside the
     * requester's assignments, naming it: the caller writes nothing before this returns.
     */
    public void requireRows(Context ctx, Action action, Plan plan, List<ValueTarget> targets) {
        var mine = assignments(ctx, plan);
        for (var target : targets) {
            require(ctx, action, row(plan, target, mine));
        }
    }

    /** The rows of values on which the policy allows the action (the values a responsabile may confirm), in order. */
    public List<ValueTarget> allowedRows(Context ctx, Action action, Plan plan, List<ValueTarget> targets) {
        var mine = assignments(ctx, plan);
        var requester = requester(ctx);
        return targets.stream()
                .filter(t -> policy.decide(requester, action, row(plan, t, mine)) instanceof Decision.Allow).toList();
    }

    private static Resource.Row row(Plan plan, ValueTarget target, Assignments mine) {
        var row = switch (target) {
            case ValueTarget.OfMeasure m -> m.code();
            case ValueTarget.OfIndicator i -> plan.indicator(i.id()).map(PlanNode::label).orElse(i.id().toString());
        };
        return new Resource.Row(plan.entity(), plan.year(), row, mine.covers(plan, target));
    }

    /** Asks about one node of the plan (a comment on it): within the assignments when an indicator of it is. */
    public void requireNode(Context ctx, Action action, Plan plan, NodeId node) {
        var row = plan.node(node).map(PlanNode::label).orElse(node.toString());
        require(ctx, action, new Resource.Row(plan.entity(), plan.year(), row, assignments(ctx, plan).covers(plan, node)));
    }

    /**
     * The requester's assignments in the plan when the policy lets them {@code action} only the rows
     * within them (a referente); empty when it lets them act on every row (a pianificatore) or on
     * none, so that a page lists only what the person may write.
     */
    public Optional<Assignments> onlyAssigned(Context ctx, Action action, Plan plan) {
        var unassigned = new Resource.Row(plan.entity(), plan.year(), "", false);
        var assigned = new Resource.Row(plan.entity(), plan.year(), "", true);
        var requester = requester(ctx);
        if (policy.decide(requester, action, unassigned) instanceof Decision.Allow
                || policy.decide(requester, action, assigned) instanceof Decision.Deny) {
            return Optional.empty();
        }
        return Optional.of(assignments(ctx, plan));
    }

    private Assignments assignments(Context ctx, Plan plan) {
        return switch (requester(ctx)) {
            case Requester.Account a -> assignments.of(plan.entity(), plan.year(), a.login());
            case Requester.Anonymous a -> Assignments.NONE;
            case Requester.Program p -> Assignments.NONE;
        };
    }

    private void check(Context ctx) {
        // a bad API token is refused here (401), before any handler or policy
        ctx.attribute(REQUESTER, Objects.requireNonNull(requesters.apply(ctx), "requester"));
        var declared = ctx.routeRoles().stream().filter(Action.class::isInstance).map(Action.class::cast).toList();
        if (declared.isEmpty() && ctx.path().startsWith(ASSETS)) {
            // a front-end file (Bootstrap Italia, htmx, our CSS) is no route: everyone reads it
            require(ctx, Action.READ, Resource.ARCHIVE);
            return;
        }
        if (declared.size() != 1) {
            throw new IllegalStateException(ctx.method() + " " + ctx.path() + " declares " + declared.size()
                    + " actions: declare exactly one where the route is registered");
        }
        var resource = resource(ctx);
        require(ctx, declared.getFirst(), resource);
        scope(resource);
    }

    /**
     * The second wall (PostgreSQL's row-level security, {@link EntityScope}): a request about an
     * entity, once allowed, reaches only that entity's rows in the database, whatever query a
     * handler makes; a request about the archive (the home page, a plan's creation or upload,
     * accounts) is not restricted, and decides plan by plan through {@link #allows} and
     * {@link #require}.
     */
    private static void scope(Resource resource) {
        switch (resource) {
            case Resource.Archive a -> EntityScope.lift();
            case Resource.Entity e -> EntityScope.restrictTo(e.entity());
            case Resource.Plan p -> EntityScope.restrictTo(p.entity());
            case Resource.Row r -> EntityScope.restrictTo(r.entity());
        }
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
        return params.containsKey("entity") ? new Resource.Entity(params.get("entity")) : Resource.ARCHIVE;
    }

    private void deny(AccessDeniedException e, Context ctx) {
        refusals.refused(ctx, Language.requested(ctx).render(e.reason()));
        if (ctx.path().startsWith("/api/")) {
            denyApi(e, ctx);
        } else {
            DeniedPage.render(templates, e, ctx);
        }
    }

    /** 401 with {@code WWW-Authenticate} to someone not signed in; 403 to someone whose roles do not allow it. */
    private static void denyApi(AccessDeniedException e, Context ctx) {
        var m = Language.requested(ctx);
        var status = e.anonymous() ? 401 : 403;
        var kind = e.anonymous() ? "unauthorized" : "forbidden";
        var body = JSON.createObjectNode()
                .put("type", "/api/problems/" + kind)
                .put("title", m.get("access.title." + kind))
                .put("status", status)
                .put("detail", m.render(e.reason()))
                .put("instance", ctx.path());
        if (e.anonymous()) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(status).contentType(PROBLEM_JSON).result(body.toString());
    }

    private static void unauthorized(UnauthorizedException e, Context ctx) {
        var messages = Language.requested(ctx);
        ctx.header("WWW-Authenticate", "Bearer realm=\"traguardi\", error=\"invalid_token\"");
        var body = JSON.createObjectNode()
                .put("type", "/api/problems/unauthorized")
                .put("title", messages.get("access.unauthorized.title"))
                .put("status", 401)
                .put("detail", messages.get("access.unauthorized.token"))
                .put("instance", ctx.path());
        ctx.status(401).contentType(PROBLEM_JSON).result(body.toString());
    }
}
