package it.traguardi.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.account.AccountRules;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.ApiToken;
import it.traguardi.store.account.ApiTokens;
import it.traguardi.store.account.User;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Actors;
import it.traguardi.web.access.Requester;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Il tuo account ({@code /account}): who is signed in and their roles, the change of password
 * (with the current one), and the personal API tokens, made with a name and a life in days (the
 * secret shown once) and revoked. Only for a signed-in person: the public is sent to sign in first.
 */
public final class AccountPages {

    static final String PATH = "/account";
    private static final int DEFAULT_DAYS = 90;

    private final Accounts accounts;
    private final Templates templates;
    private final Clock clock;

    public AccountPages(Accounts accounts, Templates templates, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void register(RoutesConfig routes) {
        // SIGN_IN: open to anyone, so that someone not signed in is sent to sign in and back (not a 403)
        routes.get(PATH, ctx -> signedIn(ctx).ifPresent(user -> render(ctx, user, View.plain(notice(ctx)))), Action.SIGN_IN);
        routes.post(PATH + "/password", ctx -> signedIn(ctx).ifPresent(user -> changePassword(ctx, user)), Action.SIGN_IN);
        routes.post(PATH + "/token", ctx -> signedIn(ctx).ifPresent(user -> createToken(ctx, user)), Action.SIGN_IN);
        routes.post(PATH + "/token/{id}/revoca", ctx -> signedIn(ctx).ifPresent(user -> revokeToken(ctx, user)), Action.SIGN_IN);
    }

    /** The signed-in account; for the public, a redirect to the sign-in page that comes back here. */
    private Optional<User> signedIn(Context ctx) {
        var user = AccessGate.requester(ctx) instanceof Requester.Account account
                ? accounts.users().byId(account.id()) : Optional.<User>empty();
        if (user.isEmpty()) {
            ctx.redirect("/accesso?" + SignInPages.NEXT + "=" + PATH, HttpStatus.SEE_OTHER);
        }
        return user;
    }

    private void changePassword(Context ctx, User user) {
        var m = Language.of(ctx);
        var current = Optional.ofNullable(ctx.formParam("attuale")).orElse("");
        var fresh = Optional.ofNullable(ctx.formParam("nuova")).orElse("");
        var again = Optional.ofNullable(ctx.formParam("ripeti")).orElse("");
        var errors = new LinkedHashMap<String, String>();
        if (!accounts.passwordMatches(user, current)) {
            errors.put("attuale", m.get("web.account.password.wrong"));
        }
        AccountRules.passwordProblem(fresh).ifPresent(p -> errors.put("nuova", m.render(p)));
        if (!fresh.equals(again)) {
            errors.put("ripeti", m.get("web.account.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            ctx.status(422);
            render(ctx, user, new View("", "", errors, "", Integer.toString(DEFAULT_DAYS)));
            return;
        }
        // every session ends with the old password; this browser gets a new one
        accounts.users().setPassword(user.login(), fresh, Actors.of(ctx));
        SessionCookie.set(ctx, accounts.sessions().open(user.id(), ctx.ip()));
        ctx.redirect(PATH + "?fatto=password", HttpStatus.SEE_OTHER);
    }

    private void createToken(Context ctx, User user) {
        var m = Language.of(ctx);
        var name = SignInPages.field(ctx, "nome");
        var daysText = Optional.ofNullable(ctx.formParam("giorni")).orElse("").strip();
        var errors = new LinkedHashMap<String, String>();
        AccountRules.tokenNameProblem(name).ifPresent(p -> errors.put("nome", m.render(p)));
        var days = days(daysText);
        if (days.isEmpty()) {
            errors.put("giorni", m.get("account.token.days", ApiTokens.MAX_DAYS));
        }
        if (!errors.isEmpty()) {
            ctx.status(422);
            render(ctx, user, new View("", "", errors, name, daysText.length() > 10 ? "" : daysText));
            return;
        }
        var secret = accounts.tokens().create(user.id(), name, days.get(), Actors.of(ctx));
        ctx.status(201);
        render(ctx, user, new View(secret, m.get("web.account.tokens.new", name), Map.of(), "",
                Integer.toString(DEFAULT_DAYS)));
    }

    /** Revokes one of the person's own tokens; an id that names none of theirs changes nothing. */
    private void revokeToken(Context ctx, User user) {
        var id = ctx.pathParam("id");
        boolean revoked = id.matches("[0-9]{1,18}")
                && accounts.tokens().revoke(user.id(), Long.parseLong(id), Actors.of(ctx));
        ctx.redirect(PATH + (revoked ? "?fatto=revoca" : ""), HttpStatus.SEE_OTHER);
    }

    static Optional<Integer> days(String text) {
        if (!text.matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        int days = Integer.parseInt(text);
        return days >= 1 && days <= ApiTokens.MAX_DAYS ? Optional.of(days) : Optional.empty();
    }

    private static String notice(Context ctx) {
        var m = Language.of(ctx);
        var done = Optional.ofNullable(ctx.queryParam("fatto")).orElse("");
        return switch (done) {
            case "password" -> m.get("web.account.password.changed");
            case "revoca" -> m.get("web.account.tokens.revoked");
            default -> "";
        };
    }

    private void render(Context ctx, User user, View view) {
        var m = Language.of(ctx);
        var layout = Layout.of(ctx, m, m.get("web.account.title"));
        var roles = user.administrator() ? List.of(m.get("web.account.roles.administrator"))
                : accounts.users().grants(user.id()).stream()
                        .map(g -> m.get("web.account.roles.grant", g.role().code(), g.entity())).toList();
        var tokens = accounts.tokens().of(user.id()).stream().map(t -> row(t, m)).toList();
        templates.render(ctx, "account/account.jte", new AccountPage(layout, user.login(), user.displayName(), roles,
                tokens, view.secret(), view.notice(), view.errors(), view.tokenName(), view.tokenDays()));
    }

    private AccountPage.TokenRow row(ApiToken token, Messages m) {
        var now = clock.instant();
        var state = token.revoked() ? m.get("web.account.tokens.state.revoked")
                : token.active(now) ? m.get("web.account.tokens.state.active") : m.get("web.account.tokens.state.expired");
        return new AccountPage.TokenRow(token.id(), token.name(), ShownFormat.day(token.createdAt()),
                ShownFormat.day(token.expiresAt()), state, token.active(now));
    }

    /** What one answer shows besides the account: a new secret, a notice, the forms' problems and input. */
    private record View(String secret, String notice, Map<String, String> errors, String tokenName, String tokenDays) {

        static View plain(String notice) {
            return new View("", notice, Map.of(), "", Integer.toString(DEFAULT_DAYS));
        }
    }
}
