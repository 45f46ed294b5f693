package it.traguardi.web.account;

import it.traguardi.web.Layout;
import java.util.Objects;

/**
 * The model of {@code account/signin.jte}: the login typed (never the password), where to go after
 * signing in, and the problems under each field or of the whole form (empty when none).
 */
public record SignInPage(Layout layout, String login, String next, String loginError, String passwordError,
        String formError) {

    public SignInPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(loginError, "loginError");
        Objects.requireNonNull(passwordError, "passwordError");
        Objects.requireNonNull(formError, "formError");
    }

    /** The empty form. */
    static SignInPage empty(Layout layout, String next) {
        return new SignInPage(layout, "", next, "", "", "");
    }
}
