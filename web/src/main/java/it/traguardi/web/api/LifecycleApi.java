package it.traguardi.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import it.traguardi.core.lifecycle.Lifecycle;
import it.traguardi.core.lifecycle.LifecycleInputException;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.lifecycle.VersionChoice;
import it.traguardi.core.lifecycle.VersionComparison;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.store.PlanChangedException;
import it.traguardi.store.PlanLifecycle;
import it.traguardi.store.PlanStatus;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Actors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan's lifecycle through the API: its state and approved versions (GET, with the plan row's
 * version as ETag), a transition (POST {@code {"action":"approve","actNumber":"12","actDate":"31-01-2022"}},
 * {@code publish}, {@code close}, {@code revise} with {@code reason}; If-Match required, 428
 * without, 412 over another version, 409 when the state does not allow it, 422 naming each wrong
 * field), and the comparison of two versions ({@code ?from=1&to=2}; {@code current} is the working
 * version, only for the people of the entity).
 */
final class LifecycleApi {

    private final PlanLifecycle lifecycle;
    private final AccessGate gate;

    LifecycleApi(PlanLifecycle lifecycle, AccessGate gate) {
        this.lifecycle = lifecycle;
        this.gate = gate;
    }

    void status(Context ctx) {
        var status = status(ctx, PlanKey.of(ctx));
        ctx.header("ETag", PlanKey.etag(status.version()));
        Json.write(ctx, 200, json(status));
    }

    void change(Context ctx) {
        var key = PlanKey.of(ctx);
        var status = status(ctx, key);
        var ifMatch = PlanKey.ifMatch(ctx).orElseThrow(() -> new ProblemException(new ProblemDetail(428,
                "precondition-required", ApiTexts.of(ctx).text("detail.if-match-required"))));
        var expected = switch (ifMatch) {
            case PlanKey.IfMatch.Version v -> v.version();
            case PlanKey.IfMatch.Any any -> status.version();
        };
        var transition = transition(ctx, PlanEditsApi.body(ctx));
        try {
            var after = lifecycle.change(key.entity(), key.year(), transition, expected, Actors.of(ctx))
                    .orElseThrow(() -> PlansApi.notFound(ctx, key));
            ctx.header("ETag", PlanKey.etag(after.version()));
            Json.write(ctx, 200, json(after));
        } catch (PlanChangedException e) {
            throw PlansApi.changed(ctx, e);
        }
    }

    void compare(Context ctx) {
        var key = PlanKey.of(ctx);
        var status = status(ctx, key);
        var from = version(ctx, key, "from", VersionChoice.APPROVED);
        var to = version(ctx, key, "to", gate.insider(ctx, key.entity(), key.year()) ? VersionChoice.CURRENT : VersionChoice.REVISED);
        var out = Json.object().put("entity", key.entity()).put("year", key.year())
                .put("from", label(ctx, "from")).put("to", label(ctx, "to"));
        var changes = out.putArray("changes");
        for (var change : VersionComparison.between(from, to)) {
            var row = changes.addObject().put("kind", change.kind().name().toLowerCase(Locale.ROOT))
                    .put("node", change.node().value()).put("label", change.label());
            var fields = row.putArray("fields");
            change.fields().forEach(f -> fields.addObject().put("name", f.name()).put("from", f.before()).put("to", f.after()));
        }
        out.put("state", status.lifecycle().state().name().toLowerCase(Locale.ROOT));
        Json.write(ctx, 200, out);
    }

    private static String label(Context ctx, String parameter) {
        var text = ctx.queryParam(parameter);
        return text == null || text.isBlank() ? "" : text.strip();
    }

    /** The version a parameter names; absent: the default; unreadable, unknown, or the working version to an outsider: 404. */
    private Plan version(Context ctx, PlanKey key, String parameter, VersionChoice otherwise) {
        var text = ctx.queryParam(parameter);
        var choice = text == null || text.isBlank() ? java.util.Optional.of(otherwise) : VersionChoice.parse(text);
        if (choice.isPresent() && choice.get() instanceof VersionChoice.Current
                && !gate.insider(ctx, key.entity(), key.year())) {
            choice = java.util.Optional.empty();
        }
        return choice.flatMap(c -> lifecycle.read(key.entity(), key.year(), c)).orElseThrow(() -> versionNotFound(ctx, key,
                text == null ? "" : text.strip()));
    }

    static ProblemException versionNotFound(Context ctx, PlanKey key, String version) {
        return new ProblemException(new ProblemDetail(404, "not-found",
                ApiTexts.of(ctx).text("detail.version-not-found", key.entity(), key.year(), version)));
    }

    private PlanStatus status(Context ctx, PlanKey key) {
        return lifecycle.status(key.entity(), key.year()).orElseThrow(() -> PlansApi.notFound(ctx, key));
    }

    private Transition transition(Context ctx, JsonNode body) {
        var action = text(body, "action");
        try {
            return switch (action) {
                case "approve" -> Transition.approve(text(body, "actNumber"), text(body, "actDate"));
                case "publish" -> new Transition.Publish();
                case "close" -> new Transition.Close();
                case "revise" -> Transition.revise(text(body, "reason"));
                default -> throw invalid(ctx, Map.of("action", List.of(ApiTexts.of(ctx).text("detail.lifecycle-action", action))));
            };
        } catch (LifecycleInputException e) {
            var problems = new LinkedHashMap<String, List<String>>();
            e.problems().forEach(p -> problems.computeIfAbsent(p.field(), k -> new ArrayList<>())
                    .add(ApiTexts.of(ctx).messages().render(p.message())));
            throw invalid(ctx, problems);
        }
    }

    private static String text(JsonNode body, String field) {
        var node = body.get(field);
        return node == null || !node.isTextual() ? "" : node.asText();
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

    private ObjectNode json(PlanStatus status) {
        var out = Json.object().put("entity", status.entity()).put("year", status.year())
                .put("state", status.lifecycle().state().name().toLowerCase(Locale.ROOT))
                .put("version", status.version());
        if (status.lifecycle().revision() instanceof Lifecycle.Revision.InProgress r) {
            out.putObject("revision").put("reason", r.reason());
        } else {
            out.putNull("revision");
        }
        var versions = out.putArray("approvedVersions");
        status.approved().forEach(v -> versions.addObject().put("number", v.number()).put("actNumber", v.act().number())
                .put("actDate", ItalianFormat.formatDate(v.act().date())).put("reason", v.reason())
                .put("approvedAt", v.approvedAt().toString()).put("approvedBy", v.approvedBy()));
        return out;
    }
}
