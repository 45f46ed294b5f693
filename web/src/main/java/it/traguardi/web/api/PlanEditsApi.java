package it.traguardi.web.api;

import it.traguardi.web.access.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEditException;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.Limits;
import it.traguardi.core.value.Weight;
import it.traguardi.store.PlanExistsException;
import it.traguardi.store.Versioned;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Resource;
import it.traguardi.web.plan.edit.EditablePlans;
import it.traguardi.web.plan.edit.FieldProblemsException;
import it.traguardi.web.plan.edit.FormulaReview;
import it.traguardi.web.plan.edit.NodeFields;
import it.traguardi.web.plan.edit.SiblingGroupToken;
import it.traguardi.web.plan.edit.StaleEditException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Editing plans through the API: create an empty plan, copy one to the next year, edit, add and
 * delete nodes, weigh a sibling group, check a formula. Every change needs {@code If-Match} with
 * the plan's version (428 without), is refused over a stale version (412, naming the changed
 * fields), and answers the new version as ETag.
 */
final class PlanEditsApi {

    private final EditablePlans plans;
    private final AccessGate gate;

    PlanEditsApi(EditablePlans plans, AccessGate gate) {
        this.plans = plans;
        this.gate = gate;
    }

    /** POST /api/v1/plans with JSON {@code {entity, year}}: a new empty plan. */
    void create(Context ctx) {
        var body = body(ctx);
        // only entity and year: anything else (a plan's tree, a full export) would be dropped without a word
        var others = new ArrayList<String>();
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("entity") && !name.equals("year")) {
                others.add(name);
            }
        });
        if (!others.isEmpty()) {
            throw new ProblemException(new ProblemDetail(400, "bad-request",
                    ApiTexts.of(ctx).text("detail.create-fields", String.join(", ", others))));
        }
        var entity = body.path("entity").asText("").strip();
        var year = PlanKey.year(ctx, body.path("year").asText(""));
        if (entity.isEmpty()) {
            throw badRequest(ctx, "detail.entity-missing");
        }
        Limits.Text.ENTITY.problem(entity).ifPresent(p ->  {
            throw invalid(ctx, Map.of("entity", List.of(ApiTexts.of(ctx).messages().render(p))));
        });
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(entity, year));
        try {
            created(ctx, plans.create(entity, year, Actors.of(ctx)));
        } catch (PlanExistsException e) {
            throw exists(ctx, entity, year);
        }
    }

    void copy(Context ctx) {
        var key = PlanKey.of(ctx);
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(key.entity(), key.year() + 1));
        try {
            created(ctx, plans.copy(key.entity(), key.year(), Actors.of(ctx)).orElseThrow(() -> PlansApi.notFound(ctx, key)));
        } catch (PlanExistsException e) {
            throw exists(ctx, key.entity(), key.year() + 1);
        }
    }

    void editNode(Context ctx) {
        var fields = new LinkedHashMap<String, String>();
        body(ctx).properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        var m = ApiTexts.of(ctx).messages();
        var id = nodeId(ctx);
        var versioned = current(ctx);
        var readings = NodeFields.warnings(versioned.plan(), fields, m);
        save(ctx, versioned, List.of(id), plan -> NodeFields.apply(plan, id, fields, plans.catalog(plan), m), null, readings);
    }

    void weights(Context ctx) {
        var texts = body(ctx).path("weights");
        if (!texts.isArray()) {
            throw badRequest(ctx, "detail.weights-missing");
        }
        var weights = new ArrayList<Weight>();
        for (var text : texts) {
            try {
                weights.add(NodeFields.parseWeight(text.asText()));
            } catch (InvalidValueException e) {
                throw invalid(ctx, Map.of("weights", List.of(ApiTexts.of(ctx).messages().render(e.problem()))));
            }
        }
        var versioned = current(ctx);
        var group = groupOf(ctx, versioned.plan(), ctx.pathParam("parentId"));
        var watched = group instanceof SiblingGroup.Parts p ? List.of(p.objective())
                : PlanEdits.members(versioned.plan(), group).stream().map(n -> n.id()).toList();
        save(ctx, versioned, watched, plan -> PlanEdits.setWeights(plan, group, weights), null);
    }

    void addNode(Context ctx) {
        var body = body(ctx);
        var versioned = current(ctx);
        var group = groupOf(ctx, versioned.plan(), body.path("parent").asText(""));
        var texts = NodeFields.texts(Map.of("code", body.path("code").asText(""), "title", body.path("title").asText("")),
                ApiTexts.of(ctx).messages());
        if (!texts.isEmpty()) {
            throw invalid(ctx, texts);
        }
        var weightText = body.path("weight").asText("0");
        Weight weight;
        try {
            weight = NodeFields.parseWeight(weightText);
        } catch (InvalidValueException e) {
            throw invalid(ctx, Map.of("weight", List.of(ApiTexts.of(ctx).messages().render(e.problem()))));
        }
        save(ctx, versioned, List.of(), plan -> PlanEdits.add(plan, group, body.path("code").asText(""),
                body.path("title").asText(""), weight), saved -> saved.lastIssuedId());
    }

    void deleteNode(Context ctx) {
        change(ctx, id -> List.of(id), PlanEdits::delete);
    }

    void checkFormula(Context ctx) {
        var key = PlanKey.of(ctx);
        var plan = plans.load(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key)).plan();
        var review = FormulaReview.of(body(ctx).path("formula").asText(""), plans.catalog(plan), ApiTexts.of(ctx).messages());
        var out = Json.object().put("valid", review.passed()).put("canonical", review.canonical());
        var problems = out.putArray("problems");
        review.problems().forEach(problems::add);
        Json.write(ctx, 200, out);
    }

    private interface NodeChange {
        Plan apply(Plan plan, NodeId id);
    }

    private void change(Context ctx, Function<NodeId, List<NodeId>> watched, NodeChange change) {
        var id = nodeId(ctx);
        var versioned = current(ctx);
        save(ctx, versioned, watched.apply(id), plan -> change.apply(plan, id), null);
    }

    /** Checks If-Match against the stored version, applies the change, saves, answers the new version. */
    private void save(Context ctx, Versioned versioned, List<NodeId> watched, Function<Plan, Plan> change,
            Function<Plan, Integer> newNode) {
        save(ctx, versioned, watched, change, newNode, Map.of());
    }

    /** As above; {@code readings} (targets read more loosely than written, by field) go out as {@code warnings}. */
    private void save(Context ctx, Versioned versioned, List<NodeId> watched, Function<Plan, Plan> change,
            Function<Plan, Integer> newNode, Map<String, List<String>> readings) {
        var m = ApiTexts.of(ctx).messages();
        var expected = expected(ctx, versioned);
        try {
            plans.requireCurrent(versioned, expected, watched, m);
            var changed = change.apply(versioned.plan());
            var version = plans.save(changed, expected, watched, m, Actors.of(ctx));
            var out = Json.object().put("version", version);
            if (newNode != null) {
                out.put("id", newNode.apply(changed));
            }
            if (!readings.isEmpty()) {
                var warnings = out.putArray("warnings");
                readings.forEach((field, texts) -> texts.forEach(t -> warnings.addObject().put("field", field).put("message", t)));
            }
            ctx.header("ETag", PlanKey.etag(version));
            Json.write(ctx, newNode == null ? 200 : 201, out);
        } catch (StaleEditException e) {
            throw stale(ctx, versioned, e);
        } catch (PlanEditException e) {
            var status = e.reason().key().equals("plan.edit.no-node") ? 404 : 422;
            throw new ProblemException(new ProblemDetail(status, status == 404 ? "not-found" : "invalid-data", m.render(e.reason())));
        } catch (FieldProblemsException e) {
            throw invalid(ctx, e.problems());
        }
    }

    private Versioned current(Context ctx) {
        var key = PlanKey.of(ctx);
        return plans.load(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
    }

    private static int expected(Context ctx, Versioned versioned) {
        var ifMatch = PlanKey.ifMatch(ctx).orElseThrow(() -> new ProblemException(new ProblemDetail(428,
                "precondition-required", ApiTexts.of(ctx).text("detail.if-match-required"))));
        return switch (ifMatch) {
            case PlanKey.IfMatch.Version v -> v.version();
            case PlanKey.IfMatch.Any any -> versioned.version();
        };
    }

    private static ProblemException stale(Context ctx, Versioned versioned, StaleEditException e) {
        var language = ApiTexts.of(ctx);
        var extra = Json.object().put("expectedVersion", e.expected());
        e.current().ifPresentOrElse(v -> extra.put("currentVersion", v), () -> extra.putNull("currentVersion"));
        extra.put("changesKnown", e.changesKnown());
        var changes = extra.putArray("changes");
        e.changes().forEach(c -> changes.addObject().put("node", c.node().value()).put("field", c.field())
                .put("before", c.before()).put("after", c.after()).put("text", c.text()));
        var plan = versioned.plan();
        var detail = language.text("detail.plan-changed", plan.entity(), plan.year(), e.expected(),
                e.current().map(String::valueOf).orElse("—"));
        return new ProblemException(new ProblemDetail(412, "plan-changed", detail, extra));
    }

    private static SiblingGroup groupOf(Context ctx, Plan plan, String token) {
        try {
            return SiblingGroupToken.parse(plan, token);
        } catch (PlanEditException e) {
            throw new ProblemException(new ProblemDetail(404, "not-found", ApiTexts.of(ctx).messages().render(e.reason())));
        }
    }

    private static NodeId nodeId(Context ctx) {
        return PlanAddress.nodeId(ctx.pathParam("id")).orElseThrow(() -> new ProblemException(new ProblemDetail(404,
                "not-found", ApiTexts.of(ctx).messages().get("plan.edit.no-node", ctx.pathParam("id")))));
    }

    static JsonNode body(Context ctx) {
        var type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/json")) {
            throw new ProblemException(new ProblemDetail(415, "unsupported-media-type",
                    ApiTexts.of(ctx).text("detail.json-expected", type)));
        }
        try {
            var body = Json.read(ctx.body());
            if (body.isObject()) {
                return body;
            }
        } catch (Exception e) {
            // answered below
        }
        throw badRequest(ctx, "detail.bad-json");
    }

    private void created(Context ctx, Versioned versioned) {
        var plan = versioned.plan();
        var href = PlansApi.href(plan.entity(), plan.year());
        ctx.header("Location", href).header("ETag", PlanKey.etag(versioned.version()));
        Json.write(ctx, 201, Json.object().put("entity", plan.entity()).put("year", plan.year())
                .put("version", versioned.version()).put("indicators", plan.indicators().count()).put("href", href));
    }

    private ProblemException exists(Context ctx, String entity, int year) {
        var current = plans.load(entity, year).map(Versioned::version).orElse(0);
        return new ProblemException(new ProblemDetail(409, "plan-exists",
                ApiTexts.of(ctx).text("detail.plan-exists", entity, year, current), Json.object().put("currentVersion", current)));
    }

    private static ProblemException invalid(Context ctx, Map<String, List<String>> problems) {
        ObjectNode extra = Json.object();
        var fields = extra.putObject("fields");
        problems.forEach((field, messages) -> {
            var array = fields.putArray(field);
            messages.forEach(array::add);
        });
        return new ProblemException(new ProblemDetail(422, "invalid-data",
                ApiTexts.of(ctx).text("detail.invalid-fields", problems.size()), extra));
    }

    private static ProblemException badRequest(Context ctx, String key) {
        return new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text(key)));
    }
}
