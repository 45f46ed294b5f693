package it.traguardi.web.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import it.traguardi.web.ErrorPage;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.api.ApiRoutes;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Il controllo delle richieste contraffatte: every request that changes something (any method but
 * GET, HEAD and OPTIONS) passes here before the access gate and the handlers. It is refused (403, a
 * page in the person's language, or {@code application/problem+json} under {@code /api}) when its
 * {@code Origin} (or, without it, its {@code Referer}) names another site, or when it carries
 * cookies but not the {@link CsrfToken} of its cookie, in the form field or the header. Exempt: a
 * call with {@code Authorization: Bearer} (its credential is not sent by the browser on its own),
 * and a request without any cookie, which has no ambient credentials to abuse: the access policy
 * decides for it as for the public.
 */
public final class CsrfCheck {

    /** Why a change was refused; the name, in lower case with dashes, picks its message. */
    public enum Refusal {
        TOKEN_MISSING, TOKEN_FORGED, CROSS_ORIGIN
    }

    /** Stops a refused request before any handler. */
    private static final class ForgedRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        ForgedRequestException(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(CsrfCheck.class);

    private CsrfCheck() {
    }

    /** Checks every request that changes something; to install after the body check, which reads the form. */
    public static void install(RoutesConfig routes, Templates templates) {
        routes.before(ctx -> refusal(ctx).ifPresent(r -> {
            throw new ForgedRequestException(r);
        }));
        routes.exception(ForgedRequestException.class, (e, ctx) -> answer(ctx, e.refusal, templates));
    }

    /** What is wrong with the request, if it changes something and is not what this site's pages send. */
    static Optional<Refusal> refusal(Context ctx) {
        if (!changes(ctx.method()) || bearer(ctx)) {
            return Optional.empty();
        }
        if (crossOrigin(ctx)) {
            return Optional.of(Refusal.CROSS_ORIGIN);
        }
        if (ctx.header("Cookie") == null) {
            return Optional.empty();
        }
        var given = Optional.ofNullable(ctx.header(CsrfToken.HEADER)).or(() -> formField(ctx));
        if (given.isEmpty() || given.get().isEmpty()) {
            return Optional.of(Refusal.TOKEN_MISSING);
        }
        var expected = CsrfToken.cookie(ctx);
        return expected.isPresent() && CsrfToken.same(expected.get(), given.get())
                ? Optional.empty() : Optional.of(Refusal.TOKEN_FORGED);
    }

    static boolean changes(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    private static boolean bearer(Context ctx) {
        var authorization = ctx.header("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The form's field; only forms carry one (the body check has already read them whole). */
    private static Optional<String> formField(Context ctx) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            return Optional.ofNullable(ctx.formParam(CsrfToken.FIELD));
        }
        return Optional.empty();
    }

    /** The origin the browser names is another site than the one the request reached (a malformed one too). */
    static boolean crossOrigin(Context ctx) {
        var origin = ctx.header("Origin");
        var source = origin != null ? origin : ctx.header("Referer");
        if (source == null) {
            return false;
        }
        try {
            var from = URI.create(source.strip());
            var scheme = from.getScheme() == null ? "" : from.getScheme().toLowerCase(Locale.ROOT);
            if (from.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return true;
            }
            var defaultPort = scheme.equals("https") ? 443 : 80;
            var own = URI.create("http://" + ownHost(ctx));
            return !from.getHost().equalsIgnoreCase(own.getHost())
                    || port(from, defaultPort) != port(own, defaultPort);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The host the browser addressed: the proxy's forwarded host when there is one, else {@code Host}. */
    private static String ownHost(Context ctx) {
        var forwarded = ctx.header("X-Forwarded-Host");
        var host = forwarded != null ? forwarded.split(",")[0].strip() : ctx.header("Host");
        return host == null ? "" : host;
    }

    private static int port(URI uri, int defaultPort) {
        return uri.getPort() < 0 ? defaultPort : uri.getPort();
    }

    private static void answer(Context ctx, Refusal refusal, Templates templates) {
        LOG.info("{} {} refused: {}", ctx.method(), ctx.path(), refusal);
        var key = refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (ctx.path().startsWith("/api/")) {
            ApiRoutes.refuseForgery(ctx, key);
            return;
        }
        var m = Language.of(ctx);
        ctx.status(403);
        templates.render(ctx, "error.jte", new ErrorPage(Layout.of(ctx, m, m.get("web.csrf.title")),
                m.get("web.csrf." + key)));
    }
}
