package it.traguardi.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import it.traguardi.web.api.ApiRoutes;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Il controllo del corpo: every request body passes here before any handler sees it. A body larger
 * than the limit it declares is refused at once, unread; any other body is read here whole (a form
 * into its fields and files, anything else into bytes that the handlers then reuse), under Jetty's
 * and Javalin's limits, so a file over its limit, a body over the limit that did not declare its
 * length, or a body that trickles in too slowly becomes one clear answer: a page in
 * the person's language, or an {@code application/problem+json} under {@code /api} (413, 408, or
 * 400 for a body that cannot be read at all), never an internal error.
 */
public final class BodyCheck {

    /** Why a body was refused, with its HTTP status. */
    public enum Refusal {
        TOO_LARGE(413), TOO_SLOW(408), UNREADABLE(400);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Stops a request whose body was refused. */
    private static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        RefusedException(Refusal refusal, Throwable cause) {
            super(refusal.name(), cause, false, false);
            this.refusal = refusal;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(BodyCheck.class);

    private final RequestLimits limits;
    private final Templates templates;

    private BodyCheck(RequestLimits limits, Templates templates) {
        this.limits = limits;
        this.templates = templates;
    }

    /** Checks every request's body before the access gate and the handlers. */
    static void install(RoutesConfig routes, RequestLimits limits, Templates templates) {
        var check = new BodyCheck(limits, templates);
        routes.before(check::check);
        routes.exception(RefusedException.class, (e, ctx) -> check.answer(ctx, e.refusal));
    }

    private void check(Context ctx) {
        var length = ctx.req().getContentLengthLong();
        if (length > limits.bodyBytes()) {
            throw new RefusedException(Refusal.TOO_LARGE, null);
        }
        if (length <= 0 && ctx.header("Transfer-Encoding") == null) {
            return;
        }
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("multipart/form-data")) {
                ctx.formParamMap();
                ctx.uploadedFileMap();
            } else if (type.startsWith("application/x-www-form-urlencoded")) {
                ctx.formParamMap();
            } else if (ctx.bodyAsBytes().length > limits.fileBytes() && type.startsWith("text/")) {
                // a file sent as the body of an API call (TSV, CSV): the limit of a file
                throw new RefusedException(Refusal.TOO_LARGE, null);
            }
        } catch (RefusedException e) {
            throw e;
        } catch (Exception e) {
            // Javalin's Kotlin code throws the stream's IOException undeclared
            throw new RefusedException(refusal(e).orElse(Refusal.UNREADABLE), e);
        }
    }

    /**
     * The refusal a failure to read a body stands for: a limit of size (Javalin's, Jetty's forms
     * and multipart parts) or of speed (Jetty's minimum data rate and idle timeout); empty when the
     * failure is not about the body.
     */
    public static Optional<Refusal> refusal(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException r && r.getStatus() == 413
                    || t instanceof HttpException h && h.getCode() == 413) {
                return Optional.of(Refusal.TOO_LARGE);
            }
            if (t instanceof TimeoutException || t instanceof HttpException h && h.getCode() == 408) {
                return Optional.of(Refusal.TOO_SLOW);
            }
            var message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("max file size exceeded") || message.contains("max length exceeded")
                    || message.contains("form is larger than max")) {
                return Optional.of(Refusal.TOO_LARGE);
            }
        }
        return Optional.empty();
    }

    /** The exception that makes the body's refusal the answer, for a failure {@link #refusal} recognises. */
    public static RuntimeException refused(Throwable failure) {
        return new RefusedException(refusal(failure).orElse(Refusal.UNREADABLE), failure);
    }

    private void answer(Context ctx, Refusal refusal) {
        LOG.info("{} {} refused: {}", ctx.method(), ctx.path(), refusal);
        // Jetty closes the connection after the answer: what is left of the body is not read
        ctx.header("Connection", "close");
        var body = RequestLimits.shown(limits.bodyBytes());
        var file = RequestLimits.shown(limits.fileBytes());
        if (ctx.path().startsWith("/api/")) {
            ApiRoutes.refuse(ctx, refusal, body, file);
            return;
        }
        var m = Language.of(ctx);
        var key = "web.limit." + refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ctx.status(refusal.status());
        templates.render(ctx, "error.jte", new ErrorPage(Layout.of(ctx, m, m.get(key + ".title")), m.get(key, body, file)));
    }
}
