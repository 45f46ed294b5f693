package it.traguardi.web.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.web.Templates;
import it.traguardi.web.security.CsrfToken;
import it.traguardi.web.security.FormTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The plan-tree pages rendered, kept by everything a page shows, so that the same page is not read,
 * scored and rendered again for every reader. The key holds the plan's revision as the database
 * tells it in the same request ({@code ScoreStamps#revision}: the plan row and version, its approved
 * versions, its values, comments and rules), so a write through any server, on any node, gives the
 * next request another key: a page can be reused but never shown stale. The rest of the key is what
 * the request itself decides: who asks (the version shown, the name in the header), the address with
 * its filters and language. The CSRF token is put in per request, after the cache.
 *
 * <p>Answers carry an ETag of the key and the request's token, so a browser that asks again with
 * {@code If-None-Match} gets 304 while nothing changed. Bounded by the bytes held.
 */
final class RenderedTrees {

    /** Everything a rendered tree page depends on. */
    record Key(String entity, int year, String revision, boolean insider, String signedInAs, String language,
            String path, String query) {
    }

    /** A page's bytes before the CSRF token, where the token goes, and a digest of its key for its ETag. */
    private record Rendered(byte[] html, int[] places, String digest) {
    }

    /** The bytes of pages held at most: some 400 tree pages of the seed's size. */
    static final long MAX_BYTES = 64L << 20;

    private final Cache<Key, Rendered> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, Rendered page) -> page.html().length)
            // evictions on the thread that writes, not later on a pool
            .executor(Runnable::run)
            .build();

    /**
     * Answers the request with the page of its key, rendered by {@code render} only when not held. A
     * page rendered here is kept only if the key read again after it is the same: a write between the
     * two reads could have put newer data in the page than its key says, and a later equal key (rules
     * set back as they were) must not get it.
     */
    void answer(Context ctx, Supplier<Key> keys, Supplier<byte[]> render, Templates templates) {
        var key = keys.get();
        var page = pages.getIfPresent(key);
        if (page == null) {
            var html = render.get();
            page = new Rendered(html, FormTokens.places(html), digest(key.toString()));
            if (key.equals(keys.get())) {
                pages.put(key, page);
            }
        }
        var etag = "\"" + digest(page.digest() + CsrfToken.of(ctx)).substring(0, 32) + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "private, no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        templates.send(ctx, page.html(), page.places());
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
