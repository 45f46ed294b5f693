package it.traguardi.web.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Il token anti-CSRF: a random value (128 bits) kept in the HttpOnly cookie {@value #COOKIE} and
 * repeated by every form ({@value #FIELD}) and htmx request ({@value #HEADER}) of the pages (the
 * double-submit pattern). Another site can make a browser send the cookie, but cannot read it, so
 * it cannot repeat it. Nothing is kept on the server: any instance checks any request.
 */
public final class CsrfToken {

    public static final String COOKIE = "traguardi_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String ISSUED = "traguardi.csrf.issued";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LENGTH = 64;

    private CsrfToken() {
    }

    /**
     * The request's token for a page to repeat: the cookie's, or a new one set as the cookie when the
     * request has none (or one that is not a token of ours).
     */
    public static String of(Context ctx) {
        var current = cookie(ctx);
        if (current.isPresent()) {
            return current.get();
        }
        String issued = ctx.attribute(ISSUED);
        if (issued != null) {
            return issued;
        }
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        var token = HexFormat.of().formatHex(bytes);
        ctx.attribute(ISSUED, token);
        ctx.cookie(new Cookie(COOKIE, token, "/", -1, secure(ctx), true, null, SameSite.LAX));
        return token;
    }

    /** The token in the request's cookie, when it has one of the right shape. */
    static Optional<String> cookie(Context ctx) {
        return Optional.ofNullable(ctx.cookie(COOKIE)).filter(CsrfToken::wellFormed);
    }

    /** Compared in constant time, so that the answer's timing tells nothing of how much of a guess was right. */
    static boolean same(String expected, String given) {
        return given != null && given.length() <= MAX_LENGTH && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Served over HTTPS, directly or behind a proxy that says so. */
    static boolean secure(Context ctx) {
        var forwarded = ctx.header("X-Forwarded-Proto");
        return ctx.req().isSecure() || forwarded != null && forwarded.strip().toLowerCase(Locale.ROOT).equals("https");
    }

    private static boolean wellFormed(String value) {
        return value.length() == 32 && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
