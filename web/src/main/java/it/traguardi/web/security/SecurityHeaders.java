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

    /**
     * Two inline styles are allowed by their hash, both written by the video player inside Bootstrap
     * Italia's bundle as it loads (an empty {@code <style>} and a fixed rule for YouTube posters): fixed
     * texts, so no injected style can match them. {@code data:} images and fonts: Bootstrap Italia's
     * stylesheet draws some controls (the select's arrow) and an icon font from inline data.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'",
            "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' "
                    + "'sha256-wPXhisdsFu1DtHYH1D9W5isSGqS5vIPn6QJWSNLqfCM='",
            "img-src 'self' data:", "font-src 'self' data:",
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
