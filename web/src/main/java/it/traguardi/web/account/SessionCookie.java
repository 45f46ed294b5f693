package it.traguardi.web.account;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import it.traguardi.store.account.Sessions;
import it.traguardi.web.access.Authentication;
import java.util.Optional;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (other sites' forms do not carry
 * it), Secure when the request came over HTTPS (directly, or through a proxy that says so with
 * {@code X-Forwarded-Proto}), for the whole site, living as long as a session may.
 */
final class SessionCookie {

    private SessionCookie() {
    }

    static void set(Context ctx, String secret) {
        ctx.cookie(cookie(ctx, secret, (int) Sessions.ABSOLUTE.toSeconds()));
    }

    static void clear(Context ctx) {
        ctx.cookie(cookie(ctx, "", 0));
    }

    /** The secret the browser sent, if any. */
    static Optional<String> of(Context ctx) {
        return Optional.ofNullable(ctx.cookie(Authentication.COOKIE)).filter(s -> !s.isBlank());
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(Authentication.COOKIE, value, "/", maxAge, secure(ctx), true, null, SameSite.LAX);
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
