package it.traguardi.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.LoginThrottle;
import it.traguardi.store.account.SignIn;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import java.util.Objects;
import java.util.Optional;

/**
 * Accesso e uscita: the sign-in page ({@code /accesso}) and sign-out ({@code POST /esci}). A wrong
 * login, a wrong password and a disabled account get the same answer; repeated failures are held
 * back (429) with a message that says so; after signing in the person goes back to the local page
 * they came from ({@code dopo}), never to another site.
 */
public final class SignInPages {

    static final String NEXT = "dopo";
    private final Accounts accounts;
    private final Templates templates;
    /** The label of the single sign-on link, empty when no identity provider is configured. */
    private final String signOnLabel;

    public SignInPages(Accounts accounts, Templates templates, String signOnLabel) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.signOnLabel = Objects.requireNonNull(signOnLabel, "signOnLabel");
    }

    public void register(RoutesConfig routes) {
        routes.get("/accesso", this::form, Action.SIGN_IN);
        routes.post("/accesso", this::signIn, Action.SIGN_IN);
        routes.post("/esci", this::signOut, Action.SIGN_IN);
    }

    private void form(Context ctx) {
        render(ctx, SignInPage.empty(layout(ctx), LocalPath.orHome(ctx.queryParam(NEXT)), signOnLabel));
    }

    private void signIn(Context ctx) {
        var login = field(ctx, "utente");
        var password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        var next = LocalPath.orHome(ctx.formParam(NEXT));
        var layout = layout(ctx);
        if (login.isBlank() || password.isEmpty()) {
            ctx.status(422);
            render(ctx, new SignInPage(layout, login, next, login.isBlank() ? layout.text("web.account.signin.login.blank") : "",
                    password.isEmpty() ? layout.text("web.account.signin.password.blank") : "", "", signOnLabel));
            return;
        }
        switch (accounts.signIn(login, password, ctx.ip())) {
            case SignIn.SignedIn signedIn -> {
                SessionCookie.of(ctx).ifPresent(accounts.sessions()::close);
                SessionCookie.set(ctx, signedIn.sessionSecret());
                ctx.redirect(next, HttpStatus.SEE_OTHER);
            }
            case SignIn.Refused refused -> refuse(ctx, 401, layout, login, next, layout.text("web.account.signin.refused"));
            case SignIn.Throttled throttled -> {
                ctx.header("Retry-After", Long.toString(LoginThrottle.WINDOW.toSeconds()));
                refuse(ctx, 429, layout, login, next,
                        layout.text("web.account.signin.throttled", LoginThrottle.WINDOW.toMinutes()));
            }
        }
    }

    private void refuse(Context ctx, int status, Layout layout, String login, String next, String message) {
        ctx.status(status);
        render(ctx, new SignInPage(layout, login, next, "", "", message, signOnLabel));
    }

    private void signOut(Context ctx) {
        SessionCookie.of(ctx).ifPresent(accounts.sessions()::close);
        SessionCookie.clear(ctx);
        AccessGate.forget(ctx);
        ctx.redirect(LocalPath.HOME, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, SignInPage page) {
        templates.render(ctx, "account/signin.jte", page);
    }

    private static Layout layout(Context ctx) {
        var messages = Language.of(ctx);
        return Layout.of(ctx, messages, messages.get("web.account.signin.title"));
    }

    /** A form field as typed, cut to a length no login reaches (it is echoed back into the form). */
    static String field(Context ctx, String name) {
        var value = Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
