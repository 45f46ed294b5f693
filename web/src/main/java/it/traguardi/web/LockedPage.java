package it.traguardi.web;

import io.javalin.http.Context;
import it.traguardi.store.PeriodLockedException;

/**
 * The model of {@code layout/locked.jte}: a form's write of values met a validated period
 * ({@link PeriodLockedException}); nothing was saved, and the page says who validated the period and
 * when. Answered with 409.
 */
public record LockedPage(Layout layout, String message, String planHref) {

    /** The 409 page for a locked period, in the request's language. */
    static void render(Templates templates, PeriodLockedException e, Context ctx) {
        var m = Language.of(ctx);
        ctx.status(409);
        templates.render(ctx, "layout/locked.jte", new LockedPage(Layout.of(ctx, m, m.get("web.locked.title")),
                m.render(e.reason()), PlanAddress.href(e.entity(), e.year())));
    }
}
