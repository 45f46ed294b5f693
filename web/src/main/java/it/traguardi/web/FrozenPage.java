package it.traguardi.web;

import io.javalin.http.Context;
import it.traguardi.store.PlanFrozenException;

/**
 * The model of {@code layout/frozen.jte}: a form's change refused because of the plan's state
 * ({@link PlanFrozenException}: an approved plan needs a revision, a closed one is only read);
 * nothing was saved. Answered with 409, with the way to the plan's lifecycle page.
 */
public record FrozenPage(Layout layout, String message, String planHref, String lifecycleHref) {

    /** The 409 page for a refused change, in the request's language. */
    static void render(Templates templates, PlanFrozenException e, Context ctx) {
        var m = Language.of(ctx);
        var plan = PlanAddress.href(e.entity(), e.year());
        ctx.status(409);
        templates.render(ctx, "layout/frozen.jte", new FrozenPage(Layout.of(ctx, m, m.get("web.frozen.title")),
                m.render(e.reason()), plan, plan + "/ciclo-di-vita"));
    }
}
