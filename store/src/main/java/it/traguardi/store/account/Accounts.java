package it.traguardi.store.account;

import it.traguardi.core.account.AccountRules;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Gli account: the stores of users, sessions, API tokens and failed sign-ins on one database, and
 * signing in, which uses them all. Built once with the other stores ({@code Stores}).
 */
public record Accounts(UserStore users, Sessions sessions, ApiTokens tokens, LoginThrottle throttle) {

    public Accounts {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(throttle, "throttle");
    }

    /** Every account store on the database, telling time by the clock (expiries, throttling). */
    public static Accounts on(DataSource dataSource, Clock clock) {
        return new Accounts(new UserStore(dataSource, clock), new Sessions(dataSource, clock),
                new ApiTokens(dataSource, clock), new LoginThrottle(dataSource, clock));
    }

    /**
     * Signs in with a login and a password from an address. A held-back attempt is not checked at
     * all; otherwise the password is always hashed once, against the account's hash or against a
     * dummy when there is no usable account, so that a refusal takes as long whatever its cause.
     */
    public SignIn signIn(String login, String password, String address) {
        var normalized = AccountRules.normalizedLogin(login);
        if (throttle.throttled(normalized, address)) {
            return new SignIn.Throttled();
        }
        var user = users.find(normalized).filter(u -> !u.disabled());
        var hash = user.flatMap(u -> users.passwordHash(normalized));
        boolean right = password.length() <= AccountRules.PASSWORD_MAX
                && PasswordHashing.verify(password, hash.orElse(PasswordHashing.Dummy.HASH))
                && hash.isPresent();
        if (!right) {
            throttle.failed(normalized, address);
            return new SignIn.Refused();
        }
        throttle.succeeded(normalized);
        // ended sessions are refused anyway; each sign-in clears them so the table stays small
        sessions.sweep();
        return new SignIn.SignedIn(user.orElseThrow(), sessions.open(user.orElseThrow().id(), address));
    }

    /** Whether the password is the account's own (to confirm a change of password). */
    public boolean passwordMatches(User user, String password) {
        var hash = users.passwordHash(user.login());
        return password.length() <= AccountRules.PASSWORD_MAX
                && PasswordHashing.verify(password, hash.orElse(PasswordHashing.Dummy.HASH)) && hash.isPresent();
    }
}
