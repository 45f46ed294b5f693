package it.traguardi.web.plan.edit;

import it.traguardi.web.access.Actors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanEditException;
import it.traguardi.core.plan.PlanEdits;
import it.traguardi.core.value.Weight;
import it.traguardi.store.Versioned;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.Action;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Editing a stored plan in the browser: the tree with its groups and actions, moving, deleting
 * and adding nodes, and the formula check under the formula field. Every form carries the version
 * it was loaded at; a change over another version is refused and nothing is overwritten.
 */
public final class PlanEditPages {

    private final EditablePlans plans;
    private final Templates templates;
    private final NodeForms nodes;
    private final WeightForms weights;

    public PlanEditPages(EditablePlans plans, Templates templates) {
        this.plans = plans;
        this.templates = templates;
        this.nodes = new NodeForms(plans, templates);
        this.weights = new WeightForms(plans, templates);
    }

    public void register(RoutesConfig routes) {
        var base = "/piani/{entity}/{year}/modifica";
        routes.get(base, this::overview, Action.EDIT_PLAN);
        routes.get(base + "/nodi/{id}", nodes::show, Action.EDIT_PLAN);
        routes.post(base + "/nodi/{id}", nodes::save, Action.EDIT_PLAN);
        routes.post(base + "/nodi/{id}/sposta", this::move, Action.EDIT_PLAN);
        routes.post(base + "/nodi/{id}/elimina", this::delete, Action.EDIT_PLAN);
        routes.get(base + "/gruppi/{group}", weights::show, Action.EDIT_PLAN);
        routes.post(base + "/gruppi/{group}", weights::save, Action.EDIT_PLAN);
        routes.post(base + "/gruppi/{group}/nuovo", this::add, Action.EDIT_PLAN);
        routes.post(base + "/formula", nodes::checkFormula, Action.EDIT_PLAN);
    }

    private void overview(Context ctx) {
        var m = Language.of(ctx);
        var current = current(ctx);
        var plan = current.plan();
        var notice = switch (ctx.queryParam("esito") == null ? "" : ctx.queryParam("esito")) {
            case "salvato" -> m.get("web.edit.saved", Integer.toString(current.version()));
            case "cambiato" -> m.get("web.edit.stale.short");
            case "rifiutato" -> m.get("web.edit.refused");
            default -> "";
        };
        render(ctx, current, notice);
    }

    private void render(Context ctx, Versioned current, String notice) {
        var m = Language.of(ctx);
        var plan = current.plan();
        var layout = Layout.of(ctx, m, m.get("web.edit.title", plan.entity(), Integer.toString(plan.year())));
        templates.render(ctx, "plan/edit/plan.jte", new EditPage(layout, EditPaths.plan(plan.entity(), plan.year()),
                current.version(), notice, EditRows.of(plan, m)));
    }

    private void move(Context ctx) {
        var direction = EditPaths.field(ctx, "direzione");
        var target = EditPaths.field(ctx, "gruppo");
        var id = EditPaths.id(ctx);
        change(ctx, id, plan -> target.isEmpty()
                ? PlanEdits.move(plan, id, direction.equals("su") ? -1 : 1)
                : PlanEdits.moveTo(plan, id, SiblingGroupToken.parse(plan, target)));
    }

    private void delete(Context ctx) {
        var id = EditPaths.id(ctx);
        change(ctx, id, plan -> PlanEdits.delete(plan, id));
    }

    private void add(Context ctx) {
        var m = Language.of(ctx);
        var current = current(ctx);
        var plan = current.plan();
        var texts = NodeFields.texts(Map.of("code", EditPaths.field(ctx, "code"), "title", EditPaths.field(ctx, "title")), m);
        if (!texts.isEmpty()) {
            ctx.status(422);
            render(ctx, current, String.join(" ", texts.values().stream().flatMap(List::stream).toList()));
            return;
        }
        try {
            var group = SiblingGroupToken.parse(plan, ctx.pathParam("group"));
            var changed = PlanEdits.add(plan, group, EditPaths.field(ctx, "code"), EditPaths.field(ctx, "title"), Weight.ZERO);
            plans.requireCurrent(current, EditPaths.version(ctx), List.of(), m);
            plans.save(changed, EditPaths.version(ctx), List.of(), m, Actors.of(ctx));
            ctx.redirect(EditPaths.node(plan.entity(), plan.year(), new NodeId(changed.lastIssuedId())), HttpStatus.SEE_OTHER);
        } catch (StaleEditException e) {
            ctx.redirect(EditPaths.edit(plan.entity(), plan.year()) + "?esito=cambiato", HttpStatus.SEE_OTHER);
        } catch (PlanEditException e) {
            ctx.redirect(EditPaths.edit(plan.entity(), plan.year()) + "?esito=rifiutato", HttpStatus.SEE_OTHER);
        }
    }

    /** Applies a change to the node over the form's version and goes back to the tree, at the node. */
    private void change(Context ctx, NodeId id, UnaryOperator<Plan> change) {
        var m = Language.of(ctx);
        var current = current(ctx);
        var plan = current.plan();
        var back = EditPaths.edit(plan.entity(), plan.year());
        try {
            plans.requireCurrent(current, EditPaths.version(ctx), List.of(id), m);
            plans.save(change.apply(plan), EditPaths.version(ctx), List.of(id), m, Actors.of(ctx));
            ctx.redirect(back + "?esito=salvato#nodo-" + id.value(), HttpStatus.SEE_OTHER);
        } catch (StaleEditException e) {
            ctx.redirect(back + "?esito=cambiato", HttpStatus.SEE_OTHER);
        } catch (PlanEditException e) {
            ctx.redirect(back + "?esito=rifiutato", HttpStatus.SEE_OTHER);
        }
    }

    private Versioned current(Context ctx) {
        return PlanAddress.find(ctx, plans::load);
    }
}
