package it.traguardi.core.account;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Limits;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Regole degli account: what a login, a password, a person's name and a token's name may be, checked
 * once here for the command line, the pages and the API alike, before anything is written.
 */
public final class AccountRules {

    /** The fewest characters of a password: long passphrases beat complex short ones (NIST SP 800-63B). */
    public static final int PASSWORD_MIN = 12;
    /** The most characters of a password: hashing a longer text costs time for nothing. */
    public static final int PASSWORD_MAX = 256;
    /** Letters, digits and {@code . _ - @}: a login is written in addresses, logs and on the command line. */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    private AccountRules() {
    }

    /** A login as stored: without surrounding spaces, in lower case, so that {@code Rossi} and {@code rossi} are one. */
    public static String normalizedLogin(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a login (already {@linkplain #normalizedLogin normalized}), if anything. */
    public static Optional<Message> loginProblem(String login) {
        return Limits.Text.LOGIN.problem(login).or(() -> LOGIN.matcher(login).matches()
                ? Optional.empty() : Optional.of(Message.of("account.login.invalid", Limits.excerpt(login))));
    }

    /** What is wrong with a new password, if anything: too short or too long, or with control characters. */
    public static Optional<Message> passwordProblem(String password) {
        if (password.length() < PASSWORD_MIN) {
            return Optional.of(Message.of("account.password.short", PASSWORD_MIN));
        }
        if (password.length() > PASSWORD_MAX) {
            return Optional.of(Message.of("account.password.long", PASSWORD_MAX));
        }
        return password.codePoints().anyMatch(Character::isISOControl)
                ? Optional.of(Message.of("account.password.control")) : Optional.empty();
    }

    /** What is wrong with a person's name as shown on the pages, if anything. */
    public static Optional<Message> displayNameProblem(String name) {
        return name.isBlank() ? Optional.of(Message.of("account.name.blank")) : Limits.Text.DISPLAY_NAME.problem(name);
    }

    /** What is wrong with the name of an API token, if anything. */
    public static Optional<Message> tokenNameProblem(String name) {
        return name.isBlank() ? Optional.of(Message.of("account.token.name.blank")) : Limits.Text.TOKEN_NAME.problem(name);
    }
}
