package it.traguardi.web.account;

import it.traguardi.web.Layout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The model of {@code account/signin.jte}: the login typed (never the password), where to go after
 * signing in, the problems under each field or of the whole form (empty when none), and the label
 * of the single sign-on link (empty when no identity provider is configured).
 */
public record SignInPage(Layout layout, String login, String next, String loginError, String passwordError,
        String formError, String signOnLabel) {

    public SignInPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(loginError, "loginError");
        Objects.requireNonNull(passwordError, "passwordError");
        Objects.requireNonNull(formError, "formError");
        Objects.requireNonNull(signOnLabel, "signOnLabel");
    }

    /** Whether an identity provider is configured, so that the page offers "Accedi con ...". */
    public boolean signOn() {
        return !signOnLabel.isEmpty();
    }

    /** The single sign-on link: a plain GET (a form posting to another site would break {@code form-action 'self'}). */
    public String signOnHref() {
        return SingleSignOnPages.START + "?" + SignInPages.NEXT + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** The empty form. */
    static SignInPage empty(Layout layout, String next, String signOnLabel) {
        return new SignInPage(layout, "", next, "", "", "", signOnLabel);
    }
}
