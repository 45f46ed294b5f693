package it.traguardi.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import it.traguardi.core.i18n.Messages;
import java.util.Locale;

/**
 * The language of a request. A page: {@code ?lang=it|en} when given (and then remembered in a
 * cookie), else the cookie, else Italian. An API call: see {@link #requested}.
 */
public final class Language {

    static final String PARAM = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Language() {
    }

    /** The messages for the request, remembering an explicit choice for the next pages. */
    public static Messages of(Context ctx) {
        var asked = supported(ctx.queryParam(PARAM));
        if (asked != null) {
            var cookie = new Cookie(PARAM, asked, "/", ONE_YEAR, false, false, null, SameSite.LAX);
            ctx.cookie(cookie);
            return Messages.forLanguage(asked);
        }
        return Messages.forLanguage(supported(ctx.cookie(PARAM)));
    }

    /**
     * The language a client asks for without cookies (the JSON API, error answers): {@code ?lang=}
     * first, then the first language of {@code Accept-Language}; Italian otherwise.
     */
    public static Messages requested(Context ctx) {
        var asked = supported(ctx.queryParam(PARAM));
        if (asked != null) {
            return Messages.forLanguage(asked);
        }
        var accept = ctx.header("Accept-Language");
        var english = accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en");
        return Messages.forLanguage(english ? "en" : "it");
    }

    private static String supported(String code) {
        if (code == null) {
            return null;
        }
        var lower = code.strip().toLowerCase(Locale.ROOT);
        return lower.equals("it") || lower.equals("en") ? lower : null;
    }
}
