package it.traguardi.web.api;

import io.javalin.http.HandlerType;

/**
 * The table of API routes, one constant a route: its method and its path, in the syntax Javalin
 * and the OpenAPI document share ({@code {name}} for a path parameter). {@link ApiRoutes} registers
 * exactly these, each with the handler its exhaustive switch gives, and answers 405 from them; the
 * OpenAPI document is checked against what the server registered.
 */
public enum ApiRoute {
    LIST_PLANS(HandlerType.GET, "/api/v1/plans"),
    CREATE_PLAN(HandlerType.POST, "/api/v1/plans"),
    PREVIEW_PLAN(HandlerType.POST, "/api/v1/plans/preview"),
    PLAN(HandlerType.GET, ApiRoute.PLAN_PATH),
    DELETE_PLAN(HandlerType.DELETE, ApiRoute.PLAN_PATH),
    CHECKS(HandlerType.GET, ApiRoute.PLAN_PATH + "/checks"),
    SCORES(HandlerType.GET, ApiRoute.PLAN_PATH + "/scores"),
    NODE(HandlerType.GET, ApiRoute.PLAN_PATH + "/nodes/{id}"),
    COMMENTS(HandlerType.GET, ApiRoute.PLAN_PATH + "/nodes/{id}/comments"),
    ADD_COMMENT(HandlerType.POST, ApiRoute.PLAN_PATH + "/nodes/{id}/comments"),
    VALUES(HandlerType.GET, ApiRoute.PLAN_PATH + "/values"),
    RECORD_VALUES(HandlerType.POST, ApiRoute.PLAN_PATH + "/values"),
    VALUE_HISTORY(HandlerType.GET, ApiRoute.PLAN_PATH + "/values/history"),
    DETACHED_VALUES(HandlerType.GET, ApiRoute.PLAN_PATH + "/values/detached"),
    AUDIT(HandlerType.GET, ApiRoute.PLAN_PATH + "/audit"),
    PREVIEW_VALUES(HandlerType.POST, ApiRoute.PLAN_PATH + "/values/preview"),
    COPY_PLAN(HandlerType.POST, ApiRoute.PLAN_PATH + "/copy"),
    ADD_NODE(HandlerType.POST, ApiRoute.PLAN_PATH + "/nodes"),
    EDIT_NODE(HandlerType.PUT, ApiRoute.PLAN_PATH + "/nodes/{id}"),
    DELETE_NODE(HandlerType.DELETE, ApiRoute.PLAN_PATH + "/nodes/{id}"),
    WEIGHTS(HandlerType.PUT, ApiRoute.PLAN_PATH + "/groups/{parentId}/weights"),
    CHECK_FORMULA(HandlerType.POST, ApiRoute.PLAN_PATH + "/formula/check");

    private static final String PLAN_PATH = "/api/v1/plans/{entity}/{year}";

    private final HandlerType method;
    private final String path;

    ApiRoute(HandlerType method, String path) {
        this.method = method;
        this.path = path;
    }

    public HandlerType method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** "METHOD path", as the OpenAPI document lists an operation. */
    @Override
    public String toString() {
        return method.name() + " " + path;
    }
}
