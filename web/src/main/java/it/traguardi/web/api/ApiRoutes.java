package it.traguardi.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import it.traguardi.store.PeriodLockedException;
import it.traguardi.store.PlanBusyException;
import it.traguardi.store.PlanFrozenException;
import it.traguardi.store.TransitionRefusedException;
import it.traguardi.store.StoreException;
import it.traguardi.store.Stores;
import it.traguardi.web.BodyCheck;
import it.traguardi.web.access.AccessDeniedException;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.compare.EntityComparison;
import it.traguardi.web.plan.edit.EditablePlans;
import it.traguardi.web.report.StoredReports;
import it.traguardi.web.result.Results;
import it.traguardi.web.values.PlanValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API's route tree. Every handler answers JSON or an RFC 9457 problem: the handlers throw
 * {@link ProblemException}, a plan busy with another write is a 409 problem ({@code plan-busy}: try
 * again), a value for a validated period a 409 problem ({@code period-locked}: who validated it and when), a change the plan's state refuses is a 409 ({@code plan-frozen}: an approved plan needs a
 * revision, a closed one is only read; {@code transition-refused}), anything unexpected becomes a 500 problem without the stack trace, and
 * a catch-all under {@code /api} turns unknown paths and methods into 404 and 405 problems.
 */
public final class ApiRoutes {

    /** The OpenAPI document describing every route in {@link ApiRoute}. */
    public static final String OPENAPI = "/api/openapi.json";

    /** Every API route as "METHOD path", in the OpenAPI document's path syntax: the table, listed. */
    public static final List<String> ROUTES = Arrays.stream(ApiRoute.values()).map(ApiRoute::toString).toList();

    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    /** How long a client is asked to wait when the database was too busy, in seconds. */
    private static final int BUSY_RETRY_SECONDS = 5;
    private static final List<HandlerType> CATCH_ALL =
            List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private ApiRoutes() {
    }

    /** Adds the API routes of the table; {@code gate} checks uploads again once their plan is known. */
    public static void register(RoutesConfig routes, Stores stores, Results results, PlanValues planValues,
            AccessGate gate, EditablePlans editable, StoredReports reports, EntityComparison comparison) {
        var handlers = new Handlers(new PlansApi(stores.plans(), gate, results.shown()), new PlanEditsApi(editable, gate),
                new PlanReviewApi(stores.plans(), stores.results(), results.shown()), new NodesApi(results, stores.comments(), gate),
                new ValuesApi(planValues, gate), new DetachedApi(stores.plans(), stores.detached()),
                new AssignmentsApi(stores.plans(), stores.assignments()), new AccountApi(stores.accounts().users()),
                new AuditApi(stores.plans(), stores.audit()),
                new ValidationApi(planValues, stores.validations(), stores.confirmations(), results, gate),
                new LifecycleApi(stores.plans().lifecycle(), gate), new ReportsApi(results.shown(), reports),
                new FullExportApi(stores.fullPlans()), new HealthApi(stores.dataSource()),
                new ComparisonApi(comparison));
        for (var route : ApiRoute.values()) {
            routes.addHttpHandler(route.method(), route.path(), api(handlers.of(route)), route.action());
        }
        routes.get(OPENAPI, api(ApiRoutes::openApi), Action.READ);
        // an unknown path or method is answered 404 or 405 to anyone
        for (var method : CATCH_ALL) {
            routes.addHttpHandler(method, "/api/*", api(ApiRoutes::unknown), Action.READ);
        }
    }

    /** The handler of every route of the table: the switch has no default, so a new route needs one. */
    private record Handlers(PlansApi plans, PlanEditsApi edits, PlanReviewApi review, NodesApi nodes,
            ValuesApi values, DetachedApi detached, AssignmentsApi assignments, AccountApi account, AuditApi audit,
            ValidationApi validation, LifecycleApi lifecycle, ReportsApi reports, FullExportApi fullExport,
            HealthApi health, ComparisonApi comparison) {

        Handler of(ApiRoute route) {
            return switch (route) {
                case LIST_PLANS -> plans::list;
                case CREATE_PLAN -> this::create;
                case PREVIEW_PLAN -> plans::preview;
                case PLAN -> plans::plan;
                case DELETE_PLAN -> plans::delete;
                case CHECKS -> review::checks;
                case SCORES -> review::scores;
                case NODE -> nodes::node;
                case COMMENTS -> nodes::comments;
                case ADD_COMMENT -> nodes::addComment;
                case VALUES -> values::latest;
                case RECORD_VALUES -> values::record;
                case VALUE_HISTORY -> values::history;
                case DETACHED_VALUES -> detached::list;
                case AUDIT -> audit::list;
                case FULL_EXPORT -> fullExport::download;
                case PREVIEW_VALUES -> values::preview;
                case VALUES_TEMPLATE -> values::valuesTemplate;
                case PLAN_TEMPLATE -> values::planTemplate;
                case COPY_PLAN -> edits::copy;
                case ADD_NODE -> edits::addNode;
                case EDIT_NODE -> edits::editNode;
                case DELETE_NODE -> edits::deleteNode;
                case WEIGHTS -> edits::weights;
                case CHECK_FORMULA -> edits::checkFormula;
                case ASSIGNMENTS -> assignments::list;
                case ADD_ASSIGNMENT -> assignments::add;
                case REMOVE_ASSIGNMENT -> assignments::remove;
                case ACCOUNT -> account::me;
                case PERIODS -> validation::periods;
                case VALIDATE_PERIOD -> validation::validate;
                case REOPEN_PERIOD -> validation::reopen;
                case CONFIRMATIONS -> validation::confirmations;
                case CONFIRM_VALUES -> validation::confirm;
                case REMARKS -> validation::remarks;
                case ADD_REMARK -> validation::addRemark;
                case LIFECYCLE -> lifecycle::status;
                case CHANGE_LIFECYCLE -> lifecycle::change;
                case COMPARE -> lifecycle::compare;
                case REPORT -> reports::report;
                case HEALTH -> health::health;
                case INDICATOR_ENTITIES -> comparison::entities;
            };
        }

        /** A JSON body creates an empty plan; a file (alberatura TSV) uploads one. */
        private void create(Context ctx) throws Exception {
            if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
                edits.create(ctx);
            } else {
                plans.upload(ctx);
            }
        }
    }

    private static Handler api(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ProblemException e) {
                drain(ctx);
                Json.writeProblem(ctx, e.problem(), ApiTexts.of(ctx));
            } catch (PlanBusyException e) {
                drain(ctx);
                var language = ApiTexts.of(ctx);
                Json.writeProblem(ctx, new ProblemDetail(409, "plan-busy",
                        language.text("detail.plan-busy", e.entity(), e.year())), language);
            } catch (PeriodLockedException e) {
                drain(ctx);
                var language = ApiTexts.of(ctx);
                Json.writeProblem(ctx, new ProblemDetail(409, "period-locked",
                        language.messages().render(e.reason())), language);
            } catch (PlanFrozenException e) {
                drain(ctx);
                var language = ApiTexts.of(ctx);
                Json.writeProblem(ctx, new ProblemDetail(409, "plan-frozen", language.messages().render(e.reason())), language);
            } catch (TransitionRefusedException e) {
                drain(ctx);
                var language = ApiTexts.of(ctx);
                Json.writeProblem(ctx, new ProblemDetail(409, "transition-refused", language.messages().render(e.reason())),
                        language);
            } catch (AccessDeniedException e) {
                throw e;
            } catch (Exception e) {
                if (BodyCheck.refusal(e).isPresent()) {
                    throw BodyCheck.refused(e);
                }
                var language = ApiTexts.of(ctx);
                if (e instanceof StoreException store && store.busy()) {
                    // every connection busy until the wait ran out: nothing done, the same call will do later
                    drain(ctx);
                    ctx.header("Retry-After", Integer.toString(BUSY_RETRY_SECONDS));
                    Json.writeProblem(ctx, new ProblemDetail(503, "database-busy", language.text("detail.database-busy",
                            BUSY_RETRY_SECONDS)), language);
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                Json.writeProblem(ctx, new ProblemDetail(500, "internal", language.text("detail.internal")), language);
            }
        };
    }

    /**
     * Answers a request whose body was refused ({@link BodyCheck}) with its problem: too large
     * (413, with the limits of a body and of a file), too slow (408) or unreadable (400).
     */
    public static void refuse(Context ctx, BodyCheck.Refusal refusal, String bodyLimit, String fileLimit) {
        var language = ApiTexts.of(ctx);
        var problem = switch (refusal) {
            case TOO_LARGE -> new ProblemDetail(413, "content-too-large", language.text("detail.content-too-large", bodyLimit,
                    fileLimit));
            case TOO_SLOW -> new ProblemDetail(408, "request-timeout", language.text("detail.request-timeout"));
            case UNREADABLE -> new ProblemDetail(400, "bad-request", language.text("detail.unreadable-body"));
        };
        Json.writeProblem(ctx, problem, language);
    }

    /**
     * A change refused before any handler as a forged request (403): {@code reason} is
     * {@code token-missing}, {@code token-forged} or {@code cross-origin} ({@code CsrfCheck}).
     */
    public static void refuseForgery(Context ctx, String reason) {
        var language = ApiTexts.of(ctx);
        Json.writeProblem(ctx, new ProblemDetail(403, "forged-request", language.text("detail." + reason)), language);
    }

    /**
     * Reads what is left of a request body refused before it was read (a bad parameter or
     * If-Match): Jetty would otherwise close the connection under a keep-alive client's next request.
     */
    private static void drain(Context ctx) {
        try {
            ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            LOG.debug("request body not drained", e);
        }
    }

    private static void openApi(Context ctx) {
        try (var in = ApiRoutes.class.getResourceAsStream("/openapi/openapi.json")) {
            ctx.contentType(Json.JSON).result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 405 with {@code Allow} when the path is an API route under another method, else 404. */
    private static void unknown(Context ctx) {
        var language = ApiTexts.of(ctx);
        var allowed = Arrays.stream(ApiRoute.values()).filter(r -> matches(r.path(), ctx.path()))
                .map(r -> r.method().name()).distinct().collect(Collectors.joining(", "));
        if (allowed.isEmpty()) {
            throw new ProblemException(new ProblemDetail(404, "not-found", language.text("detail.route-not-found", ctx.path())));
        }
        ctx.header("Allow", allowed);
        throw new ProblemException(new ProblemDetail(405, "method-not-allowed",
                language.text("detail.method-not-allowed", ctx.method().name(), ctx.path(), allowed)));
    }

    static boolean matches(String template, String path) {
        var regex = java.util.regex.Pattern.quote(template).replaceAll("\\{[a-zA-Z]+\\}", "\\\\E[^/]+\\\\Q");
        return path.matches(regex);
    }
}
