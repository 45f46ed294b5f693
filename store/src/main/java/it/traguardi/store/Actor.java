package it.traguardi.store;

import it.traguardi.core.value.Limits;
import java.util.Objects;

/**
 * Autore di una modifica: who made a change and from where, recorded with every write (the author
 * of a value or comment, the actor of an audit entry). The name is a login, {@code anonimo}, or the
 * command line's {@code sistema (riga di comando: UTENTE)}; the address is the client's IP address,
 * or {@code locale} for the command line. Both are one line of visible text, within their columns.
 */
public record Actor(String name, String address) {

    public Actor {
        name = checked(Limits.Text.AUTHOR, name);
        address = checked(Limits.Text.ADDRESS, address);
    }

    private static String checked(Limits.Text field, String text) {
        var stripped = Objects.requireNonNull(text, field.key()).strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field.key() + ": empty");
        }
        field.problem(stripped).ifPresent(p -> {
            throw new IllegalArgumentException(field.key() + ": " + p.key() + " " + p.args());
        });
        return stripped;
    }
}
