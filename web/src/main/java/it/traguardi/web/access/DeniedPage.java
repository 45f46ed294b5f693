package it.traguardi.web.access;

import io.javalin.http.Context;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The model of {@code access/denied.jte}: the 403 page of a page the requester may not open or a
 * form they may not send, with the reason in their language and, when they are not signed in, the
 * way to sign in and come back ({@code /accesso?dopo=<the address>}).
 *
 * @param signInHref the sign-in address, or "" when the requester is signed in
 */
public record DeniedPage(Layout layout, String message, String signInHref) {

    /** The sign-in page (built with accounts, issue 9). */
    public static final String SIGN_IN = "/accesso";

    static void render(Templates templates, AccessDeniedException e, Context ctx) {
        var m = Language.of(ctx);
        var signIn = e.anonymous() ? SIGN_IN + "?dopo=" + URLEncoder.encode(back(ctx), StandardCharsets.UTF_8) : "";
        ctx.status(403);
        templates.render(ctx, "access/denied.jte", new DeniedPage(Layout.of(ctx, m, m.get("access.title.forbidden")),
                m.render(e.reason()), signIn));
    }

    /** Where to come back after signing in: the page itself; after a refused form, the page that sent it is unknown, so the address posted to. */
    private static String back(Context ctx) {
        var query = ctx.queryString();
        return query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }
}
