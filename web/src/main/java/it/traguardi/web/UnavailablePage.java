package it.traguardi.web;

import io.javalin.http.Context;
import it.traguardi.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page's request the database could not serve. Too busy ({@link StoreException#busy}: every
 * connection of the pool was serving another request until the wait ran out) is a 503 with
 * {@code Retry-After}, in the person's language: nothing was done and the same request will do
 * later; load is never answered as an internal error. Any other database failure is a 500 page,
 * logged with its cause.
 */
final class UnavailablePage {

    /** How long a client is asked to wait before trying again, in seconds. */
    static final int RETRY_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(UnavailablePage.class);

    private UnavailablePage() {
    }

    static void render(Templates templates, StoreException e, Context ctx) {
        var m = Language.of(ctx);
        if (e.busy()) {
            ctx.status(503).header("Retry-After", Integer.toString(RETRY_SECONDS));
            templates.render(ctx, "error.jte", new ErrorPage(Layout.of(ctx, m, m.get("web.overloaded.title")),
                    m.get("web.overloaded.text", RETRY_SECONDS)));
            return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500);
        templates.render(ctx, "error.jte", new ErrorPage(Layout.of(ctx, m, m.get("web.internal.title")),
                m.get("web.internal.text")));
    }
}
