package it.traguardi.web.plan.lifecycle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.lifecycle.ApprovedVersion;
import it.traguardi.core.lifecycle.LifecycleInputException;
import it.traguardi.core.lifecycle.PlanState;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.PlanChangedException;
import it.traguardi.store.PlanLifecycle;
import it.traguardi.store.PlanStatus;
import it.traguardi.store.TransitionRefusedException;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Actors;
import it.traguardi.web.access.Resource;
import it.traguardi.web.result.ShownPlans;
import java.util.HashMap;
import java.util.Map;

/**
 * The plan's "Ciclo di vita" page: its state, the revision in progress, its approved versions with
 * their acts, and the forms that approve, publish, close and revise it (one route, the
 * {@code azione} field saying which). Every form carries the plan row's version: two people
 * approving at once, the second is told the plan changed (409) and nothing happens twice.
 */
public final class LifecyclePages {

    /** The page under a plan's address. */
    public static final String PATH = "/ciclo-di-vita";

    private final PlanLifecycle lifecycle;
    private final Templates templates;
    private final AccessGate gate;
    private final ComparePages compare;

    public LifecyclePages(ShownPlans shown, Templates templates, AccessGate gate) {
        this.lifecycle = shown.lifecycle();
        this.templates = templates;
        this.gate = gate;
        this.compare = new ComparePages(shown, templates, gate);
    }

    public void register(RoutesConfig routes) {
        routes.get("/piani/{entity}/{year}" + PATH, this::page, Action.READ);
        routes.post("/piani/{entity}/{year}" + PATH, this::change, Action.EDIT_PLAN);
        routes.get("/piani/{entity}/{year}" + ComparePages.PATH, compare::page, Action.READ);
    }

    private void page(Context ctx) {
        var status = status(ctx);
        var m = Language.of(ctx);
        var notice = switch (ctx.queryParam("esito") == null ? "" : ctx.queryParam("esito")) {
            case "approva" -> m.get("web.lifecycle.done.approve", status.approved().size());
            case "pubblica" -> m.get("web.lifecycle.done.publish");
            case "chiudi" -> m.get("web.lifecycle.done.close");
            case "rimodula" -> m.get("web.lifecycle.done.revise");
            default -> "";
        };
        render(ctx, status, notice, "", Map.of(), Map.of());
    }

    private void change(Context ctx) {
        var status = status(ctx);
        var m = Language.of(ctx);
        var action = field(ctx, "azione");
        var typed = Map.of("actNumber", field(ctx, "numeroAtto"), "actDate", field(ctx, "dataAtto"),
                "reason", field(ctx, "motivo"));
        try {
            var transition = switch (action) {
                case "approva" -> Transition.approve(typed.get("actNumber"), typed.get("actDate"));
                case "pubblica" -> new Transition.Publish();
                case "chiudi" -> new Transition.Close();
                case "rimodula" -> Transition.revise(typed.get("reason"));
                default -> throw new BadRequestResponse();
            };
            lifecycle.change(status.entity(), status.year(), transition, version(ctx), Actors.of(ctx))
                    .orElseThrow(NotFoundResponse::new);
            ctx.redirect(PlanAddress.href(status.entity(), status.year()) + PATH + "?esito=" + action, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (LifecycleInputException e) {
            var problems = new HashMap<String, String>();
            e.problems().forEach(p -> problems.putIfAbsent(p.field(), m.render(p.message())));
            ctx.status(422);
            render(ctx, status, "", m.get("web.lifecycle.problems"), problems, typed);
        } catch (TransitionRefusedException e) {
            ctx.status(409);
            render(ctx, status, "", m.render(e.reason()), Map.of(), typed);
        } catch (PlanChangedException e) {
            ctx.status(409);
            render(ctx, status(ctx), "", m.get("web.lifecycle.changed"), Map.of(), typed);
        }
    }

    private PlanStatus status(Context ctx) {
        return PlanAddress.find(ctx, lifecycle::status);
    }

    private void render(Context ctx, PlanStatus status, String notice, String refusal, Map<String, String> problems,
            Map<String, String> typed) {
        var m = Language.of(ctx);
        var href = PlanAddress.href(status.entity(), status.year());
        var layout = Layout.of(ctx, m, m.get("web.lifecycle.title", status.entity(), Integer.toString(status.year())));
        var versions = status.approved().stream().map(v -> row(v, href, m)).toList();
        var revision = status.lifecycle().revision() instanceof it.traguardi.core.lifecycle.Lifecycle.Revision.InProgress r
                ? r.reason() : "";
        templates.render(ctx, "plan/lifecycle/lifecycle.jte", new LifecyclePage(layout, href, href + PATH,
                href + ComparePages.PATH, m.get(status.lifecycle().state().key()), revision, status.version(), versions,
                forms(ctx, status), notice, refusal, problems, typed));
    }

    private static LifecyclePage.VersionRow row(ApprovedVersion v, String planHref, Messages m) {
        return new LifecyclePage.VersionRow(v.number(), m.get("web.lifecycle.act", v.act().number(),
                ItalianFormat.formatDate(v.act().date())), v.reason(),
                ShownFormat.moment(v.approvedAt()), v.approvedBy(), planHref + "?" + ShownPlans.PARAMETER + "=" + v.number());
    }

    /** The forms of the transitions the state allows, to whom may edit the plan. */
    private LifecyclePage.Forms forms(Context ctx, PlanStatus status) {
        if (!gate.allows(ctx, Action.EDIT_PLAN, new Resource.Plan(status.entity(), status.year()))) {
            return LifecyclePage.Forms.NONE;
        }
        var l = status.lifecycle();
        var state = l.state();
        return new LifecyclePage.Forms(state == PlanState.DRAFT, l.revising(), state == PlanState.APPROVED,
                state == PlanState.PUBLISHED && !l.revising(),
                (state == PlanState.APPROVED || state == PlanState.PUBLISHED) && !l.revising());
    }

    private static String field(Context ctx, String name) {
        var value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    /** The version the form was loaded at; a form without one is a bad request. */
    private static int version(Context ctx) {
        try {
            return Integer.parseInt(field(ctx, "versione"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse();
        }
    }
}
