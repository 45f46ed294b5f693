package it.traguardi.web;

import io.javalin.http.Context;
import it.traguardi.store.PlanStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The model of {@code not-found.jte}: the page of every page address that names nothing (no
 * route, a plan that does not exist, a node that is not in the plan), in the person's language,
 * with the way back: to the plan when the plan exists, else to the list of plans. The API and the
 * static files keep their own 404 answers.
 */
public record NotFoundPage(Layout layout, String message, String backHref, String backLabel) {

    /** The request attribute of a handler that answered 404 with its own page, which this one leaves as it is. */
    private static final String OWN_PAGE = "traguardi.notfound.own-page";

    /** How much of an unknown address the page repeats. */
    static final int SHOWN_PATH = 120;

    /**
     * Marks the request as answered 404 with the handler's own page, which says more than this one
     * (a report of a period with no value, an objective not in the plan).
     */
    public static void answeredByHandler(Context ctx) {
        ctx.attribute(OWN_PAGE, Boolean.TRUE);
    }

    /** Renders the page for a 404 of a page address; leaves API and static answers as they are. */
    static void render(Templates templates, PlanStore plans, Context ctx) {
        var path = ctx.path();
        if (ctx.attribute(OWN_PAGE) != null || path.startsWith("/api/") || path.startsWith("/static/") || path.equals("/health")) {
            return;
        }
        var m = Language.of(ctx);
        var segments = path.split("/", -1);
        NotFoundPage page;
        if (segments.length >= 4 && segments[1].equals("piani")) {
            var entity = decode(segments[2]);
            var year = segments[3];
            var plan = year.matches("\\d{4}") ? plans.load(entity, Integer.parseInt(year)) : java.util.Optional.empty();
            page = plan.isPresent()
                    ? new NotFoundPage(Layout.of(ctx, m, m.get("web.notfound.title")),
                            m.get("web.notfound.inplan", entity, year),
                            PlanAddress.href(entity, Integer.parseInt(year)), m.get("web.busy.back"))
                    : new NotFoundPage(Layout.of(ctx, m, m.get("web.notfound.title")),
                            m.get("web.notfound.plan", shortened(entity), shortened(year)), "/",
                            m.get("web.limit.home"));
        } else {
            page = new NotFoundPage(Layout.of(ctx, m, m.get("web.notfound.title")),
                    m.get("web.notfound.page", shortened(path)), "/", m.get("web.limit.home"));
        }
        ctx.status(404);
        templates.render(ctx, "not-found.jte", page);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    private static String shortened(String text) {
        return text.length() <= SHOWN_PATH ? text : text.substring(0, SHOWN_PATH) + "…";
    }
}
