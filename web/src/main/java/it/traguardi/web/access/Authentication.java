package it.traguardi.web.access;

import io.javalin.http.Context;
import it.traguardi.store.account.Accounts;
import it.traguardi.store.account.User;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Riconoscimento: who a request comes from, by its API token ({@code Authorization: Bearer}) or
 * else its session cookie ({@value #COOKIE}), both looked up in the database so that every
 * instance of the server knows them. A token that names no live token is an error of the caller
 * (401), never a silent fall back to the public; a stale cookie is just no session.
 */
public final class Authentication {

    /** The session cookie: a random secret whose SHA-256 names a row of {@code user_session}. */
    public static final String COOKIE = "traguardi_sessione";
    private static final String BEARER = "bearer ";

    private final Accounts accounts;

    public Authentication(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /** What the request says about who sends it. */
    Identity identify(Context ctx) {
        var authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                return new Identity.BadToken();
            }
            var secret = authorization.substring(BEARER.length()).strip();
            return accounts.tokens().resolve(secret).<Identity>map(u -> new Identity.Known(requester(u)))
                    .orElseGet(Identity.BadToken::new);
        }
        return session(ctx).<Identity>map(u -> new Identity.Known(requester(u)))
                .orElseGet(() -> new Identity.Known(Requester.ANONYMOUS));
    }

    private Optional<User> session(Context ctx) {
        var secret = ctx.cookie(COOKIE);
        return secret == null || secret.isBlank() ? Optional.empty() : accounts.sessions().resolve(secret);
    }

    private Requester requester(User user) {
        return new Requester.Account(user.id(), user.login(), user.administrator(), accounts.users().grants(user.id()));
    }

    /** The accounts this authentication reads, for the pages that sign in and out. */
    public Accounts accounts() {
        return accounts;
    }

    /** Who a request comes from, once looked up. */
    sealed interface Identity {

        /** A requester: signed in, or the public. */
        record Known(Requester requester) implements Identity {
        }

        /** An {@code Authorization} header with no live token: answered 401. */
        record BadToken() implements Identity {
        }
    }
}
