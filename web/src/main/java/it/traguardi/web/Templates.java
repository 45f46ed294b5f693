package it.traguardi.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import it.traguardi.web.security.CsrfToken;
import it.traguardi.web.security.FormTokens;

/**
 * Renders the precompiled JTE templates (under {@code src/main/jte}) into responses. The templates
 * are compiled with the module, so a missing template or a wrong model fails the build, and every
 * {@code ${...}} is HTML-escaped. Every page gets the request's CSRF token in its forms and head
 * here ({@link FormTokens}), so that no template has to remember it.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Writes the template (e.g. {@code plan/tree.jte}) with its one model parameter as the HTML response. */
    public void render(Context ctx, String template, Object model) {
        send(ctx, bytes(template, model));
    }

    /** The template rendered, as UTF-8 bytes without the request's CSRF token (which {@link #send} puts in). */
    public byte[] bytes(String template, Object model) {
        // UTF-8 bytes straight from the template, whose static parts were encoded at build time
        var output = new Utf8ByteOutput();
        engine.render(template, model, output);
        return output.toByteArray();
    }

    /** Writes a page from {@link #bytes} as the HTML response, with the request's CSRF token in its forms and head. */
    public void send(Context ctx, byte[] html) {
        send(ctx, html, FormTokens.places(html));
    }

    /** As above, with the places of the token already found in the page ({@link FormTokens#places}). */
    public void send(Context ctx, byte[] html, int[] places) {
        ctx.contentType("text/html; charset=utf-8").result(FormTokens.insert(html, places, CsrfToken.of(ctx)));
    }
}
