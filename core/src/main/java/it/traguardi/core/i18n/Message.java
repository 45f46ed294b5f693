package it.traguardi.core.i18n;

import java.util.List;

/**
 * Messaggio: a user-facing message as a key into the message bundles and its arguments, so that
 * the domain can report problems without choosing a language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("message key is required");
        }
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
