package it.traguardi.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.AssignmentText;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.AssignmentStore;
import it.traguardi.store.PlanStore;
import it.traguardi.web.access.Actors;

/**
 * Incarichi through the API: the assignments of a plan year, adding one (JSON body) and removing
 * one (query parameters), each as {@code login} and exactly one of {@code indicator} (its code),
 * {@code measure} (its code) or {@code owner} (an organisational unit). Read by {@link AssignmentText},
 * as the command line reads them.
 */
final class AssignmentsApi {

    private final PlanStore plans;
    private final AssignmentStore assignments;

    AssignmentsApi(PlanStore plans, AssignmentStore assignments) {
        this.plans = plans;
        this.assignments = assignments;
    }

    void list(Context ctx) {
        var plan = plan(ctx);
        var out = Json.object().put("entity", plan.entity()).put("year", plan.year());
        var array = out.putArray("assignments");
        assignments.list(plan.entity(), plan.year()).forEach(a -> array.add(json(plan, a)));
        Json.write(ctx, 200, out);
    }

    void add(Context ctx) {
        var plan = plan(ctx);
        JsonNode body;
        try {
            body = Json.read(ctx.body());
        } catch (Exception e) {
            throw new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text("detail.bad-assignment")));
        }
        var assignment = read(ctx, plan, text(body, "login"), text(body, "indicator"), text(body, "measure"),
                text(body, "owner"));
        var added = assignments.add(assignment, Actors.of(ctx));
        Json.write(ctx, added ? 201 : 200, json(plan, assignment).put("added", added));
    }

    void remove(Context ctx) {
        var plan = plan(ctx);
        var assignment = read(ctx, plan, query(ctx, "login"), query(ctx, "indicator"), query(ctx, "measure"),
                query(ctx, "owner"));
        if (!assignments.remove(assignment, Actors.of(ctx))) {
            throw new ProblemException(new ProblemDetail(404, "not-found", ApiTexts.of(ctx).text("detail.no-assignment",
                    assignment.login(), AssignmentText.describe(plan, assignment.scope()))));
        }
        ctx.status(204);
    }

    private Plan plan(Context ctx) {
        var key = PlanKey.of(ctx);
        return plans.load(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
    }

    private static Assignment read(Context ctx, Plan plan, String login, String indicator, String measure, String owner) {
        return switch (AssignmentText.read(plan, login, indicator, measure, owner)) {
            case AssignmentText.Reading.Accepted a -> a.assignment();
            case AssignmentText.Reading.Refused r -> {
                var language = ApiTexts.of(ctx);
                var message = language.messages().render(r.problem());
                var extra = Json.object();
                extra.putArray("problems").addObject().put("field", field(r.field())).put("message", message);
                throw new ProblemException(new ProblemDetail(422, "invalid-data", message, extra));
            }
        };
    }

    static String field(AssignmentText.Field field) {
        return switch (field) {
            case USER -> "login";
            case INDICATOR -> "indicator";
            case MEASURE -> "measure";
            case OWNER -> "owner";
        };
    }

    private static ObjectNode json(Plan plan, Assignment a) {
        var out = Json.object().put("login", a.login());
        var key = AssignmentText.describe(plan, a.scope());
        return switch (a.scope()) {
            case Assignment.Scope.OfIndicator i -> out.put("indicator", key).put("nodeId", i.id().value());
            case Assignment.Scope.OfMeasure m -> out.put("measure", key);
            case Assignment.Scope.OfOwner o -> out.put("owner", key);
        };
    }

    private static String text(JsonNode body, String name) {
        var node = body.path(name);
        return node.isTextual() ? node.asText() : "";
    }

    private static String query(Context ctx, String name) {
        var value = ctx.queryParam(name);
        return value == null ? "" : value;
    }
}
