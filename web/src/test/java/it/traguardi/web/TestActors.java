package it.traguardi.web;

import it.traguardi.store.Actor;

/** The author of the changes the web tests make directly through the stores (seeding a plan, values). */
public final class TestActors {

    /** A tester at the loopback address. */
    public static final Actor TESTER = new Actor("collaudo", "127.0.0.1");

    private TestActors() {
    }
}
