package it.traguardi.web;

import io.javalin.http.Context;
import it.traguardi.store.PlanBusyException;

/**
 * The model of {@code layout/busy.jte}: a form's write met another write of the same plan
 * ({@link PlanBusyException}); nothing was saved, and the person tries again. Answered with 409.
 */
public record BusyPage(Layout layout, String message, String planHref) {

    /** The 409 page for a busy plan, in the request's language. */
    static void render(Templates templates, PlanBusyException e, Context ctx) {
        var m = Language.of(ctx);
        ctx.status(409);
        templates.render(ctx, "layout/busy.jte", new BusyPage(Layout.of(ctx, m, m.get("web.busy.title")),
                m.get("web.busy.text", e.entity(), Integer.toString(e.year())), PlanAddress.href(e.entity(), e.year())));
    }
}
