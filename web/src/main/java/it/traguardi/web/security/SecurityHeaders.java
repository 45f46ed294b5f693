package it.traguardi.web.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Le intestazioni di sicurezza, on every answer (pages, API, static files, errors): a
 * Content-Security-Policy that runs only the site's own script files (no inline script, no inline
 * style, no plugin), allows no framing and no form posted elsewhere; no MIME sniffing; no address
 * leaked to other sites; no camera, microphone, location or payment for the pages.
 */
public final class SecurityHeaders {

    /** {@code data:} images: Bootstrap Italia draws some controls (the select's arrow) with inline SVG images. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
            "connect-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'", "object-src 'none'");
    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    /** Sets the headers before anything else runs, so that every answer, a refusal too, has them. */
    public static void install(RoutesConfig routes) {
        routes.before(SecurityHeaders::set);
    }

    static void set(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", PERMISSIONS_POLICY);
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
