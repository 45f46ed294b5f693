package it.traguardi.web.account;

import it.traguardi.web.Layout;
import java.util.List;
import java.util.Map;

/**
 * The model of {@code account/account.jte}: who is signed in, their roles, their API tokens, the
 * secret of a token just made (shown this once, else empty), a notice after a change, and the
 * problems of the forms by field name with what was typed in the token form.
 */
public record AccountPage(Layout layout, String login, String displayName, List<String> roles, List<TokenRow> tokens,
        String newSecret, String notice, Map<String, String> errors, String tokenName, String tokenDays) {

    public AccountPage {
        roles = List.copyOf(roles);
        tokens = List.copyOf(tokens);
        errors = Map.copyOf(errors);
    }

    /** The problem of a field, empty when it has none. */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** One token in the list: its name, dates and state in words, and whether it can still be revoked. */
    public record TokenRow(long id, String name, String created, String expires, String state, boolean revocable) {
    }
}
