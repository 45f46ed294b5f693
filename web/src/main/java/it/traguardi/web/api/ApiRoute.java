package it.traguardi.web.api;

import io.javalin.http.HandlerType;
import it.traguardi.web.access.Action;

/**
 * The table of API routes, one constant a route: its method, its path, in the syntax Javalin and
 * the OpenAPI document share ({@code {name}} for a path parameter), and the {@link Action} the
 * access gate asks about. {@link ApiRoutes} registers exactly these, each with the handler its
 * exhaustive switch gives, and answers 405 from them; the OpenAPI document is checked against what
 * the server registered.
 */
public enum ApiRoute {
    LIST_PLANS(HandlerType.GET, "/api/v1/plans", Action.READ),
    CREATE_PLAN(HandlerType.POST, "/api/v1/plans", Action.EDIT_PLAN),
    PREVIEW_PLAN(HandlerType.POST, "/api/v1/plans/preview", Action.EDIT_PLAN),
    PLAN(HandlerType.GET, ApiRoute.PLAN_PATH, Action.READ),
    DELETE_PLAN(HandlerType.DELETE, ApiRoute.PLAN_PATH, Action.EDIT_PLAN),
    CHECKS(HandlerType.GET, ApiRoute.PLAN_PATH + "/checks", Action.READ),
    SCORES(HandlerType.GET, ApiRoute.PLAN_PATH + "/scores", Action.READ),
    NODE(HandlerType.GET, ApiRoute.PLAN_PATH + "/nodes/{id}", Action.READ),
    COMMENTS(HandlerType.GET, ApiRoute.PLAN_PATH + "/nodes/{id}/comments", Action.READ),
    ADD_COMMENT(HandlerType.POST, ApiRoute.PLAN_PATH + "/nodes/{id}/comments", Action.COMMENT),
    VALUES(HandlerType.GET, ApiRoute.PLAN_PATH + "/values", Action.READ),
    RECORD_VALUES(HandlerType.POST, ApiRoute.PLAN_PATH + "/values", Action.ENTER_VALUES),
    VALUE_HISTORY(HandlerType.GET, ApiRoute.PLAN_PATH + "/values/history", Action.READ),
    DETACHED_VALUES(HandlerType.GET, ApiRoute.PLAN_PATH + "/values/detached", Action.READ),
    AUDIT(HandlerType.GET, ApiRoute.PLAN_PATH + "/audit", Action.READ_AUDIT),
    // who recorded, commented, validated what: read by those who read the audit trail (docs/full-export.md)
    FULL_EXPORT(HandlerType.GET, ApiRoute.PLAN_PATH + "/export/full", Action.READ_AUDIT),
    PREVIEW_VALUES(HandlerType.POST, ApiRoute.PLAN_PATH + "/values/preview", Action.ENTER_VALUES),
    VALUES_TEMPLATE(HandlerType.GET, ApiRoute.PLAN_PATH + "/values/template", Action.ENTER_VALUES),
    PLAN_TEMPLATE(HandlerType.GET, ApiRoute.PLAN_PATH + "/template", Action.READ),
    COPY_PLAN(HandlerType.POST, ApiRoute.PLAN_PATH + "/copy", Action.EDIT_PLAN),
    ADD_NODE(HandlerType.POST, ApiRoute.PLAN_PATH + "/nodes", Action.EDIT_PLAN),
    EDIT_NODE(HandlerType.PUT, ApiRoute.PLAN_PATH + "/nodes/{id}", Action.EDIT_PLAN),
    DELETE_NODE(HandlerType.DELETE, ApiRoute.PLAN_PATH + "/nodes/{id}", Action.EDIT_PLAN),
    WEIGHTS(HandlerType.PUT, ApiRoute.PLAN_PATH + "/groups/{parentId}/weights", Action.EDIT_PLAN),
    CHECK_FORMULA(HandlerType.POST, ApiRoute.PLAN_PATH + "/formula/check", Action.EDIT_PLAN),
    ASSIGNMENTS(HandlerType.GET, ApiRoute.PLAN_PATH + "/assignments", Action.MANAGE_ASSIGNMENTS),
    ADD_ASSIGNMENT(HandlerType.POST, ApiRoute.PLAN_PATH + "/assignments", Action.MANAGE_ASSIGNMENTS),
    REMOVE_ASSIGNMENT(HandlerType.DELETE, ApiRoute.PLAN_PATH + "/assignments", Action.MANAGE_ASSIGNMENTS),
    LIFECYCLE(HandlerType.GET, ApiRoute.PLAN_PATH + "/lifecycle", Action.READ),
    CHANGE_LIFECYCLE(HandlerType.POST, ApiRoute.PLAN_PATH + "/lifecycle", Action.EDIT_PLAN),
    COMPARE(HandlerType.GET, ApiRoute.PLAN_PATH + "/compare", Action.READ),
    ACCOUNT(HandlerType.GET, "/api/v1/account", Action.OWN_ACCOUNT),
    /** The load balancer's check: the node answers and reaches its database (outside /api, for every version). */
    HEALTH(HandlerType.GET, "/health", Action.READ),
    PERIODS(HandlerType.GET, ApiRoute.PLAN_PATH + "/periods", Action.READ),
    VALIDATE_PERIOD(HandlerType.POST, ApiRoute.PLAN_PATH + "/periods/{period}/validation", Action.VALIDATE_PERIOD),
    REOPEN_PERIOD(HandlerType.POST, ApiRoute.PLAN_PATH + "/periods/{period}/reopening", Action.VALIDATE_PERIOD),
    CONFIRMATIONS(HandlerType.GET, ApiRoute.PLAN_PATH + "/values/confirmations", Action.READ),
    CONFIRM_VALUES(HandlerType.POST, ApiRoute.PLAN_PATH + "/values/confirmations", Action.CONFIRM_VALUES),
    REMARKS(HandlerType.GET, ApiRoute.PLAN_PATH + "/nodes/{id}/remarks", Action.READ),
    ADD_REMARK(HandlerType.POST, ApiRoute.PLAN_PATH + "/nodes/{id}/remarks", Action.VALIDATE_PERIOD),
    REPORT(HandlerType.GET, ApiRoute.PLAN_PATH + "/reports/{name}", Action.READ),
    // about the archive: EntityComparison keeps only the rows the requester may read
    INDICATOR_ENTITIES(HandlerType.GET, "/api/v1/indicators/{code}/entities", Action.READ);

    private static final String PLAN_PATH = "/api/v1/plans/{entity}/{year}";

    private final HandlerType method;
    private final String path;
    private final Action action;

    ApiRoute(HandlerType method, String path, Action action) {
        this.method = method;
        this.path = path;
        this.action = action;
    }

    public HandlerType method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** What the route does, as the access gate asks the policy about it. */
    public Action action() {
        return action;
    }

    /** "METHOD path", as the OpenAPI document lists an operation. */
    @Override
    public String toString() {
        return method.name() + " " + path;
    }
}
