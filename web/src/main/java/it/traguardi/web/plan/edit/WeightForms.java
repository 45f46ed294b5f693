package it.traguardi.web.plan.edit;

import it.traguardi.web.access.Actors;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.PlanEditException;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.SiblingGroup;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Weight;
import it.traguardi.store.Versioned;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.PlanAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A sibling group's weights, edited together: the page sums them as they are typed (a few lines
 * of script), the server decides. A group that does not make 100% (±0,01) is refused whole.
 */
final class WeightForms {

    private final EditablePlans plans;
    private final Templates templates;

    WeightForms(EditablePlans plans, Templates templates) {
        this.plans = plans;
        this.templates = templates;
    }

    void show(Context ctx) {
        var current = current(ctx);
        var group = group(ctx, current);
        var values = stored(current, group).stream().map(w -> ItalianFormat.formatNumber(w.percent())).toList();
        render(ctx, current, group, values, "", Stale.NONE, current.version());
    }

    void save(Context ctx) {
        var m = Language.of(ctx);
        var current = current(ctx);
        var group = group(ctx, current);
        var count = stored(current, group).size();
        var typed = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            typed.add(EditPaths.field(ctx, "peso-" + i));
        }
        var watched = watched(current, group);
        var plan = current.plan();
        try {
            var weights = typed.stream().map(NodeFields::parseWeight).toList();
            plans.requireCurrent(current, EditPaths.version(ctx), watched, m);
            plans.save(PlanEdits.setWeights(plan, group, weights), EditPaths.version(ctx), watched, m, Actors.of(ctx));
            ctx.redirect(EditPaths.edit(plan.entity(), plan.year()) + "?esito=salvato#gruppo-" + SiblingGroupToken.format(group),
                    HttpStatus.SEE_OTHER);
        } catch (InvalidValueException e) {
            refuse(ctx, current, group, typed, m.render(e.problem()));
        } catch (PlanEditException e) {
            refuse(ctx, current, group, typed, m.render(e.reason()));
        } catch (StaleEditException e) {
            var now = current(ctx);
            ctx.status(409);
            render(ctx, now, group, typed, "", Stale.of(e), now.version());
        }
    }

    private void refuse(Context ctx, Versioned current, SiblingGroup group, List<String> typed, String error) {
        ctx.status(422);
        render(ctx, current, group, typed, error, Stale.NONE, EditPaths.version(ctx));
    }

    private void render(Context ctx, Versioned current, SiblingGroup group, List<String> values, String error,
            Stale stale, int version) {
        var m = Language.of(ctx);
        var plan = current.plan();
        var labels = labels(current, group, m);
        var members = new ArrayList<WeightsPage.Member>();
        for (int i = 0; i < labels.size(); i++) {
            members.add(new WeightsPage.Member("peso-" + i, labels.get(i), i < values.size() ? values.get(i) : ""));
        }
        var title = m.get("web.edit.weights.title", m.get("web.edit.group." + EditRows.kind(group)), parent(current, group));
        templates.render(ctx, "plan/edit/weights.jte", new WeightsPage(Layout.of(ctx, m, title),
                EditPaths.edit(plan.entity(), plan.year()), EditPaths.group(plan.entity(), plan.year(), SiblingGroupToken.format(group)),
                version, title, members, sum(values), error, stale));
    }

    /** The sum of the typed weights as the page first shows it; unreadable ones count as nothing. */
    private static String sum(List<String> values) {
        var weights = new ArrayList<Weight>();
        for (var v : values) {
            try {
                weights.add(NodeFields.parseWeight(v));
            } catch (InvalidValueException e) {
                // the script and the server both say what is wrong with it
            }
        }
        return PlanEdits.percent(PlanEdits.sum(weights));
    }

    private static List<Weight> stored(Versioned current, SiblingGroup group) {
        if (group instanceof SiblingGroup.Parts parts) {
            var os = (StrategicObjective) PlanEdits.node(current.plan(), parts.objective());
            return List.of(os.indicatorGroupWeight(), os.operationalGroupWeight());
        }
        return PlanEdits.members(current.plan(), group).stream().map(PlanNode::weight).toList();
    }

    private static List<String> labels(Versioned current, SiblingGroup group, Messages m) {
        if (group instanceof SiblingGroup.Parts) {
            return List.of(m.get("web.edit.group.indicators"), m.get("web.edit.group.operational"));
        }
        return PlanEdits.members(current.plan(), group).stream().map(PlanNode::label).toList();
    }

    private static List<NodeId> watched(Versioned current, SiblingGroup group) {
        if (group instanceof SiblingGroup.Parts parts) {
            return List.of(parts.objective());
        }
        return PlanEdits.members(current.plan(), group).stream().map(PlanNode::id).toList();
    }

    private static String parent(Versioned current, SiblingGroup group) {
        return switch (group) {
            case SiblingGroup.Areas a -> current.plan().entity();
            case SiblingGroup.Objectives o -> PlanEdits.node(current.plan(), o.area()).label();
            case SiblingGroup.Parts p -> PlanEdits.node(current.plan(), p.objective()).label();
            case SiblingGroup.ObjectiveIndicators i -> PlanEdits.node(current.plan(), i.objective()).label();
            case SiblingGroup.Operationals o -> PlanEdits.node(current.plan(), o.objective()).label();
            case SiblingGroup.OperationalIndicators i -> PlanEdits.node(current.plan(), i.operational()).label();
        };
    }

    private SiblingGroup group(Context ctx, Versioned current) {
        try {
            return SiblingGroupToken.parse(current.plan(), ctx.pathParam("group"));
        } catch (PlanEditException e) {
            throw new NotFoundResponse();
        }
    }

    private Versioned current(Context ctx) {
        return PlanAddress.find(ctx, plans::load);
    }
}
