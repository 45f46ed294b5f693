package it.traguardi.store;

/** The author of the changes the store tests make. */
final class TestActors {

    /** A tester at the loopback address: what every audit entry of these tests names. */
    static final Actor TESTER = new Actor("collaudo", "127.0.0.1");

    private TestActors() {
    }
}
