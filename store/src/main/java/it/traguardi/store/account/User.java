package it.traguardi.store.account;

import java.util.Objects;

/**
 * Utente: an account as stored. An installation administrator may do everything in every entity;
 * a disabled account can neither sign in nor use its sessions and tokens.
 */
public record User(long id, String login, String displayName, boolean administrator, boolean disabled,
        boolean hasPassword) {

    public User {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
    }
}
