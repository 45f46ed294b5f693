package it.traguardi.web.access;

import io.javalin.http.Context;
import it.traguardi.store.Actor;

/**
 * Autore di una richiesta: the one place a request's author is taken from, for every write a page
 * or the API makes: the requester's name (a login, or {@code anonimo}) and the client's address.
 */
public final class Actors {

    /** The address recorded when the server cannot tell the client's. */
    static final String UNKNOWN_ADDRESS = "sconosciuto";

    private Actors() {
    }

    /** The author of the request's changes. */
    public static Actor of(Context ctx) {
        var address = ctx.ip();
        return new Actor(AccessGate.requester(ctx).name(), address == null || address.isBlank() ? UNKNOWN_ADDRESS
                : address);
    }
}
