package it.traguardi.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import it.traguardi.core.i18n.Message;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.PendingSignOns;
import it.traguardi.store.account.PendingSignOns.PendingSignOn;
import it.traguardi.store.account.SecretTokens;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.RefusalLog;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accesso unico: {@code GET /accesso/oidc} sends the browser to the identity provider, and
 * {@code GET /accesso/oidc/ritorno} takes it back. What the return is checked against (state, nonce,
 * PKCE verifier, where to go after) is a row of the database ({@link PendingSignOns}), taken once,
 * so that any instance finishes what another began; the state is also kept in a short-lived
 * HttpOnly cookie of this browser, so that a return link made by someone else (who began their own
 * sign-in) signs nobody in here. The identified person must have an enabled account whose login is
 * the claim's value (in any case): accounts are never created here. Success opens the same session
 * as a password; every refusal is a page in the person's language (4xx, never 500) and is recorded
 * in the audit trail. Without a provider configured, both addresses are not found.
 */
public final class SingleSignOnPages {

    static final String START = "/accesso/oidc";
    private static final String SIGN_IN = "/accesso";
    /** The browser's half of the state: only the browser that left comes back signed in. */
    static final String STATE_COOKIE = "traguardi_oidc";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");
    private static final int MAX_PARAMETER = 2000;

    private final Optional<SingleSignOn> provider;
    private final Accounts accounts;
    private final PendingSignOns pending;
    private final Templates templates;
    private final RefusalLog refusals;

    public SingleSignOnPages(Optional<SingleSignOn> provider, Accounts accounts, PendingSignOns pending,
            Templates templates, RefusalLog refusals) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    public void register(RoutesConfig routes) {
        routes.get(START, ctx -> provider.ifPresentOrElse(p -> start(ctx, p), () -> ctx.status(404)), Action.SIGN_IN);
        routes.get(SingleSignOn.RETURN_PATH, ctx -> provider.ifPresentOrElse(p -> finish(ctx, p), () -> ctx.status(404)),
                Action.SIGN_IN);
    }

    private void start(Context ctx, SingleSignOn sso) {
        var returnAddress = returnAddress(ctx);
        if (returnAddress.isEmpty()) {
            refuse(ctx, 400, Message.of("oidc.refused.address"), "Host " + ctx.header("Host"));
            return;
        }
        var state = SecretTokens.newSecret();
        var nonce = SingleSignOn.newNonce();
        var verifier = SingleSignOn.newCodeVerifier();
        var next = LocalPath.orHome(ctx.queryParam(SignInPages.NEXT));
        pending.begin(state, new PendingSignOn(nonce, verifier, returnAddress.get().toString(), next));
        ctx.cookie(stateCookie(ctx, state, (int) PendingSignOns.LIFE.toSeconds()));
        ctx.redirect(sso.authorization(state, nonce, verifier, returnAddress.get()).toString(), HttpStatus.SEE_OTHER);
    }

    private void finish(Context ctx, SingleSignOn sso) {
        var browserState = Optional.ofNullable(ctx.cookie(STATE_COOKIE)).orElse("");
        ctx.cookie(stateCookie(ctx, "", 0));
        var state = parameter(ctx, "state");
        var error = parameter(ctx, "error");
        if (state.isEmpty() || browserState.isEmpty() || !same(state, browserState)) {
            refuse(ctx, 400, Message.of("oidc.refused.state"), "state missing or not this browser's");
            return;
        }
        // taken before anything else is looked at: whatever follows, this state cannot be used again
        var begun = pending.take(state);
        if (!error.isEmpty()) {
            var status = error.equals("access_denied") ? 403 : 400;
            refuse(ctx, status, Message.of(status == 403 ? "oidc.refused.denied" : "oidc.refused.error", sso.label(),
                    shortened(error)), "error=" + shortened(error) + " " + shortened(parameter(ctx, "error_description")));
            return;
        }
        if (begun.isEmpty()) {
            refuse(ctx, 410, Message.of("oidc.refused.expired", PendingSignOns.LIFE.toMinutes()), "state expired or used");
            return;
        }
        var code = parameter(ctx, "code");
        if (code.isEmpty()) {
            refuse(ctx, 400, Message.of("oidc.refused.error", sso.label(), "code"), "no code");
            return;
        }
        switch (sso.finish(code, begun.get())) {
            case SingleSignOn.Outcome.Identified identified -> signIn(ctx, sso, identified.value(), begun.get().next());
            case SingleSignOn.Outcome.Failed failed -> refuse(ctx, status(failed.failure()), message(failed.failure(), sso),
                    failed.detail());
        }
    }

    private void signIn(Context ctx, SingleSignOn sso, String login, String next) {
        var user = accounts.users().find(login);
        if (user.isEmpty()) {
            refuse(ctx, 403, Message.of("oidc.refused.unknown", shortened(login), sso.claim()), "no account " + shortened(login));
            return;
        }
        if (user.get().disabled()) {
            refuse(ctx, 403, Message.of("oidc.refused.disabled", user.get().login()), "disabled account " + user.get().login());
            return;
        }
        // the same session as a password gives: a row of the database, the same cookie
        SessionCookie.of(ctx).ifPresent(accounts.sessions()::close);
        accounts.sessions().sweep();
        SessionCookie.set(ctx, accounts.sessions().open(user.get().id(), ctx.ip()));
        AccessGate.forget(ctx);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private static int status(SingleSignOn.Failure failure) {
        return switch (failure) {
            case TOKEN_REFUSED, INVALID_TOKEN -> 401;
            case MISSING_CLAIM -> 403;
            case UNREACHABLE -> 502;
        };
    }

    private static Message message(SingleSignOn.Failure failure, SingleSignOn sso) {
        return switch (failure) {
            case TOKEN_REFUSED -> Message.of("oidc.refused.code", sso.label());
            case INVALID_TOKEN -> Message.of("oidc.refused.token", sso.label());
            case MISSING_CLAIM -> Message.of("oidc.refused.claim", sso.label(), sso.claim());
            case UNREACHABLE -> Message.of("oidc.refused.unreachable", sso.label());
        };
    }

    /** The sign-in page with the refusal above it, in the person's language; recorded in the audit trail with its detail. */
    private void refuse(Context ctx, int status, Message reason, String detail) {
        var messages = Language.of(ctx);
        var text = messages.render(reason);
        refusals.refused(ctx, text + " (" + detail + ")");
        ctx.status(status);
        // the frame's links lead to the sign-in page, not back to this return (whose state is spent)
        var frame = Layout.of(ctx, messages, messages.get("web.account.signin.title"));
        var layout = new Layout(messages, frame.title(), SIGN_IN + "?lang=it", SIGN_IN + "?lang=en", frame.signedInAs(),
                SIGN_IN);
        templates.render(ctx, "account/signin.jte", new SignInPage(layout, "", LocalPath.HOME, "", "", text,
                provider.map(SingleSignOn::label).orElse("")));
    }

    /**
     * This server's return address as the browser reaches it: the proxy's forwarded scheme and host
     * when there are some, else the request's. Empty for a host that is not a host name or address.
     */
    static Optional<URI> returnAddress(Context ctx) {
        var forwarded = ctx.header("X-Forwarded-Host");
        var host = forwarded != null ? forwarded.split(",")[0].strip() : Objects.toString(ctx.header("Host"), "");
        if (!HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        var scheme = SessionCookie.secure(ctx) ? "https" : "http";
        return Optional.of(URI.create(scheme + "://" + host + SingleSignOn.RETURN_PATH));
    }

    private static Cookie stateCookie(Context ctx, String value, int maxAge) {
        // Lax: sent on the provider's top-level redirect back here, not on other sites' requests
        return new Cookie(STATE_COOKIE, value, SingleSignOn.RETURN_PATH, maxAge, SessionCookie.secure(ctx), true, null,
                SameSite.LAX);
    }

    private static String parameter(Context ctx, String name) {
        var value = Optional.ofNullable(ctx.queryParam(name)).orElse("");
        return value.length() > MAX_PARAMETER ? "" : value;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String shortened(String text) {
        var clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
