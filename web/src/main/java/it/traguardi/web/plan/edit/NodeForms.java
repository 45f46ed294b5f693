package it.traguardi.web.plan.edit;

import it.traguardi.web.access.Actors;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.PlanEditException;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.store.Versioned;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.PlanAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form of one node: show it, save it over the version it was loaded at, check its formula as typed. */
final class NodeForms {

    private final EditablePlans plans;
    private final Templates templates;

    NodeForms(EditablePlans plans, Templates templates) {
        this.plans = plans;
        this.templates = templates;
    }

    void show(Context ctx) {
        var current = current(ctx);
        var node = node(current, EditPaths.id(ctx));
        render(ctx, current, node, stored(node), Map.of(), Stale.NONE, current.version(), "", Map.of());
    }

    void save(Context ctx) {
        var m = Language.of(ctx);
        var current = current(ctx);
        var id = EditPaths.id(ctx);
        var node = node(current, id);
        var typed = typed(ctx, current, node);
        var plan = current.plan();
        try {
            plans.requireCurrent(current, EditPaths.version(ctx), List.of(id), m);
            var changed = NodeFields.apply(plan, id, typed, plans.catalog(plan), m);
            var version = plans.save(changed, EditPaths.version(ctx), List.of(id), m, Actors.of(ctx));
            var readings = NodeFields.warnings(plan, changedFields(typed, stored(node)), m);
            if (!readings.isEmpty()) {
                // saved, but a target was read more loosely than typed: show how, on the saved form
                var now = current(ctx);
                var saved = node(now, id);
                render(ctx, now, saved, stored(saved), Map.of(), Stale.NONE, now.version(), m.get("web.edit.saved", version),
                        readings);
                return;
            }
            ctx.redirect(EditPaths.edit(plan.entity(), plan.year()) + "?esito=salvato#nodo-" + id.value(), HttpStatus.SEE_OTHER);
        } catch (StaleEditException e) {
            var now = current(ctx);
            ctx.status(409);
            render(ctx, now, node(now, id), typed, Map.of(), Stale.of(e), now.version(), "", Map.of());
        } catch (FieldProblemsException e) {
            ctx.status(422);
            render(ctx, current, node, typed, e.problems(), Stale.NONE, EditPaths.version(ctx), "", Map.of());
        } catch (PlanEditException e) {
            ctx.status(422);
            render(ctx, current, node, typed, Map.of("title", List.of(m.render(e.reason()))), Stale.NONE,
                    EditPaths.version(ctx), "", Map.of());
        }
    }

    /** The htmx fragment under the formula field: the parser's and the check's messages, or that it is valid. */
    void checkFormula(Context ctx) {
        var m = Language.of(ctx);
        var plan = current(ctx).plan();
        var review = FormulaReview.of(EditPaths.field(ctx, "formula"), plans.catalog(plan), m);
        var html = new StringBuilder();
        if (review.passed()) {
            html.append("<p class=\"formula-ok\">").append(escape(m.get("web.edit.formula.valid"))).append("</p>");
        } else {
            html.append("<ul class=\"formula-problems\">");
            review.problems().forEach(p -> html.append("<li>").append(escape(p)).append("</li>"));
            html.append("</ul>");
        }
        ctx.html(html.toString());
    }

    /** The fields typed otherwise than the form showed them: only a new writing can be read loosely. */
    private static Map<String, String> changedFields(Map<String, String> typed, Map<String, String> stored) {
        var out = new LinkedHashMap<String, String>();
        typed.forEach((field, text) -> {
            if (text != null && !text.strip().equals(stored.getOrDefault(field, "").strip())) {
                out.put(field, text);
            }
        });
        return out;
    }

    /** The node's fields as the form shows them: raw code and texts, Italian numbers. */
    private static Map<String, String> stored(PlanNode node) {
        var out = new LinkedHashMap<String, String>();
        out.put("code", node.code());
        out.put("title", node.title());
        out.put("weight", ItalianFormat.formatNumber(node.weight().percent()));
        if (node instanceof Indicator indicator) {
            var d = indicator.definition();
            out.put("algorithm", d.algorithm());
            out.put("formula", d.formula());
            out.put("unit", d.unit().name());
            out.put("source", d.dataSource());
            out.put("owner", d.owner());
            d.baselines().forEach((year, value) -> out.put("baseline." + year, ItalianFormat.format(value)));
            d.targetWritings().forEach((year, text) -> out.put("target." + year, text));
        }
        return out;
    }

    private Map<String, String> typed(Context ctx, Versioned current, PlanNode node) {
        var out = new LinkedHashMap<String, String>();
        List.of("code", "title", "weight").forEach(f -> out.put(f, EditPaths.field(ctx, f)));
        if (node instanceof Indicator) {
            List.of("algorithm", "formula", "unit", "source", "owner").forEach(f -> out.put(f, EditPaths.field(ctx, f)));
            current.plan().baselineYears().forEach(y -> out.put("baseline." + y, EditPaths.field(ctx, "baseline." + y)));
            current.plan().targetYears().forEach(y -> out.put("target." + y, EditPaths.field(ctx, "target." + y)));
        }
        return out;
    }

    private void render(Context ctx, Versioned current, PlanNode node, Map<String, String> values,
            Map<String, List<String>> problems, Stale stale, int version, String saved, Map<String, List<String>> readings) {
        var m = Language.of(ctx);
        var plan = current.plan();
        var href = EditPaths.node(plan.entity(), plan.year(), node.id());
        var layout = Layout.of(ctx, m, m.get("web.edit.node.title", node.label()));
        var unit = values.getOrDefault("unit", "");
        var units = Arrays.stream(Unit.values())
                .map(u -> new NodePage.Option(u.name(), m.get("web.edit.unit." + u.name()), u.name().equals(unit))).toList();
        var years = plan.targetYears().stream().map(String::valueOf).toList();
        var baselineYears = plan.baselineYears().stream().map(String::valueOf).toList();
        templates.render(ctx, "plan/edit/node.jte", new NodePage(layout, EditPaths.edit(plan.entity(), plan.year()), href,
                version, m.get("web.edit.kind." + node.kind().name()), node instanceof Indicator, values, units, baselineYears, years,
                problems, stale, EditPaths.edit(plan.entity(), plan.year()) + "/formula", href + "/sposta",
                moveTargets(current, node, m), saved, readings));
    }

    /** The groups of the node's level under other parents, where it may be moved. */
    private static List<NodePage.Option> moveTargets(Versioned current, PlanNode node, Messages m) {
        var plan = current.plan();
        var own = PlanEdits.groupOf(plan, node.id());
        var out = new ArrayList<NodePage.Option>();
        for (var parent : plan.nodes()) {
            for (var group : groupsUnder(parent)) {
                if (group.members() == node.kind() && !group.equals(own)) {
                    out.add(new NodePage.Option(SiblingGroupToken.format(group),
                            parent.label() + " — " + m.get("web.edit.group." + EditRows.kind(group)), false));
                }
            }
        }
        return out;
    }

    private static List<SiblingGroup> groupsUnder(PlanNode parent) {
        return switch (parent) {
            case StrategicArea a -> List.of(new SiblingGroup.Objectives(a.id()));
            case StrategicObjective os -> List.of(new SiblingGroup.ObjectiveIndicators(os.id()),
                    new SiblingGroup.Operationals(os.id()));
            case OperationalObjective oo -> List.of(new SiblingGroup.OperationalIndicators(oo.id()));
            case Indicator i -> List.of();
        };
    }

    private Versioned current(Context ctx) {
        return PlanAddress.find(ctx, plans::load);
    }

    private static PlanNode node(Versioned current, NodeId id) {
        return current.plan().node(id).orElseThrow(NotFoundResponse::new);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
